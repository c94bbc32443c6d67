package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

import redis.embedded.RedisServer;

/**
 * With REDIS_URL set, rate limits live in a real Redis (shared by every instance) and readiness
 * includes it; when Redis goes away the API keeps answering, degraded, and readiness says so.
 */
@TestPropertySource(properties = { "weighttracker.rate-limit.anonymous-per-minute=5",
        "server.forward-headers-strategy=native" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisBackedPlatformTest extends IntegrationTest {

    private static final int PORT = freePort();
    private static final RedisServer REDIS = start();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry properties) {
        properties.add("weighttracker.redis.url", () -> "redis://127.0.0.1:" + PORT);
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (REDIS.isActive()) {
            REDIS.stop();
        }
    }

    @Test
    @Order(1)
    void reportsRedisInReadiness() {
        var ready = api.get("/ready", null);

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.raw().body()).contains("\"status\":\"UP\"");
    }

    @Test
    @Order(2)
    void keepsRateLimitsInRedis() {
        for (var i = 0; i < 5; i++) {
            assertThat(refreshFrom("10.1.0.1").status()).isEqualTo(401);
        }

        assertThat(refreshFrom("10.1.0.1").status()).isEqualTo(429);
    }

    @Test
    @Order(3)
    void keepsServingWhenRedisGoesAwayAndSaysSoInReadiness() throws IOException {
        REDIS.stop();

        var response = refreshFrom("10.1.0.2");
        var ready = api.get("/ready", null);

        assertThat(response.status()).as("the limit fails open").isEqualTo(401);
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.raw().body()).contains("\"status\":\"DOWN\"");
    }

    private Api.Response refreshFrom(String ip) {
        return api.send(api.request("/v1/auth/refresh", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString("{\"refreshToken\":\"unknown\"}")));
    }

    private static RedisServer start() {
        try {
            var server = new RedisServer(PORT);
            server.start();
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
