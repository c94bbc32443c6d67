package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.weighttracker.support.Api;
import com.weighttracker.support.RedisBackedIntegrationTest;

/**
 * With REDIS_URL set, rate limits live in a real Redis (shared by every instance) and readiness
 * includes it; when Redis goes away the API keeps answering, degraded, and readiness says so (and
 * Redis comes back for the other tests sharing this context).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisBackedPlatformTest extends RedisBackedIntegrationTest {

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

        startRedisAgain();
        assertThat(response.status()).as("the limit fails open").isEqualTo(401);
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.raw().body()).contains("\"status\":\"DOWN\"");
    }

    @Test
    @Order(4)
    void locksAnAccountInRedisAfterFailedLoginsFromSeveralAddresses() {
        var email = "redis_lock_" + System.nanoTime() % 100_000 + "@example.org";
        var registered = api.send(api.request("/v1/auth/register", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10.1.1.9").POST(HttpRequest.BodyPublishers.ofString(Api.JSON
                        .writeValueAsString(Api.body("email", email, "username", email.substring(0, email.indexOf('@')),
                                "password", PASSWORD)))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        for (var address = 1; address <= 3; address++) {
            assertThat(logInFrom("10.1.1." + address, email, "Wrong1234").status()).isEqualTo(401);
        }

        assertThat(logInFrom("10.1.1.4", email, PASSWORD).status()).isEqualTo(429);
    }

    private Api.Response logInFrom(String ip, String email, String password) {
        return api.send(api.request("/v1/auth/login", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(
                        Api.body("email", email, "password", password)))));
    }

    private Api.Response refreshFrom(String ip) {
        return api.send(api.request("/v1/auth/refresh", null).header("Content-Type", "application/json")
                .header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString("{\"refreshToken\":\"unknown\"}")));
    }
}
