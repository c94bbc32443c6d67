package com.weighttracker.support;

import java.io.IOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import redis.embedded.RedisServer;

/**
 * The application with REDIS_URL set, against an embedded Redis started once per test JVM. Every
 * subclass shares one Spring context (same properties), so a test that stops Redis must start it
 * again ({@link #startRedisAgain()}) before it ends.
 */
@TestPropertySource(properties = { "weighttracker.rate-limit.anonymous-per-minute=5",
        "weighttracker.rate-limit.account-failures=3", "server.forward-headers-strategy=native" })
public abstract class RedisBackedIntegrationTest extends IntegrationTest {

    private static final int PORT = freePort();
    protected static final RedisServer REDIS = start();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry properties) {
        properties.add("weighttracker.redis.url", () -> "redis://127.0.0.1:" + PORT);
    }

    protected static void startRedisAgain() throws IOException {
        if (!REDIS.isActive()) {
            REDIS.start();
        }
    }

    private static RedisServer start() {
        try {
            var server = new RedisServer(PORT);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (server.isActive()) {
                        server.stop();
                    }
                } catch (IOException ignored) {
                    // the JVM is going away anyway
                }
            }));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("embedded Redis did not start", e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
