package com.weighttracker.platform;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

/**
 * The spec's limits (NFR-4.3), in a context of their own. The container trusts X-Forwarded-For
 * from the local proxy here, as it would behind a load balancer, so every test is its own client.
 */
@TestPropertySource(properties = { "weighttracker.rate-limit.anonymous-per-minute=10",
        "weighttracker.rate-limit.authenticated-per-minute=100", "weighttracker.rate-limit.auth-failures=5",
        "weighttracker.rate-limit.account-failures=10", "server.forward-headers-strategy=native" })
class RateLimitApiTest extends IntegrationTest {

    @Test
    void limitsAnonymousCallersToTenRequestsPerMinute() {
        for (var i = 1; i <= 10; i++) {
            var response = refreshFrom("10.0.0.1");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("X-RateLimit-Limit")).isEqualTo("10");
            assertThat(response.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(10 - i));
        }

        var limited = refreshFrom("10.0.0.1");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error().path("code").asString()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(limited.error().path("retryAfter").asLong()).isBetween(1L, 60L);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(limited.header("X-RateLimit-Reset")))
                .isGreaterThan(System.currentTimeMillis() / 1000);
        assertThat(refreshFrom("10.0.0.99").status()).as("another client is not affected").isEqualTo(401);
    }

    @Test
    void limitsSignedInUsersToAHundredRequestsPerMinute() {
        var token = registerFrom("10.0.0.2", "limited_user");
        var served = 0;
        Api.Response response;
        // the bucket refills smoothly (100 per minute = one every 0.6 s), so a few more may pass
        while ((response = api.send(from("10.0.0.2", api.request("/v1/users/me", token).GET()))).status() == 200
                && served < 150) {
            served++;
        }

        assertThat(response.status()).isEqualTo(429);
        assertThat(served).isBetween(100, 110);
        assertThat(response.header("X-RateLimit-Limit")).isEqualTo("100");
    }

    @Test
    void locksAnAccountOutOfOneAddressAfterFiveFailedLogins() {
        registerFrom("10.0.0.3", "target_user");
        for (var i = 0; i < 5; i++) {
            assertThat(logInFrom("10.0.0.3", "target_user@example.org", "Wrong1234").status()).isEqualTo(401);
        }

        var locked = logInFrom("10.0.0.3", "target_user@example.org", PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.error().path("code").asString()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(logInFrom("10.0.0.33", "target_user@example.org", PASSWORD).status())
                .as("the same account from another address").isEqualTo(200);
    }

    @Test
    void doesNotCountSuccessfulLogins() {
        registerFrom("10.0.0.4", "happy_user");

        for (var i = 0; i < 7; i++) {
            assertThat(logInFrom("10.0.0.4", "happy_user@example.org", PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void limitsCallersWithAGarbageBearerTokenLikeAnonymousOnes() {
        for (var i = 1; i <= 10; i++) {
            var token = i % 2 == 0 ? "Bearer garbage" : "Bearer !!!";
            var response = api.send(from("10.0.0.5", api.request("/v1/users/me", null).header("Authorization", token)
                    .GET()));
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(10 - i));
        }

        var limited = api.send(from("10.0.0.5", api.request("/v1/users/me", "garbage").GET()));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error().path("code").asString()).isEqualTo("RATE_LIMIT_EXCEEDED");
    }

    @Test
    void limitsAnonymousCallsOfMetricsAndTheOpenApiDocument() {
        for (var i = 0; i < 10; i++) {
            assertThat(api.send(from("10.0.0.6", api.request("/metrics", null).GET())).status()).isEqualTo(401);
        }
        assertThat(api.send(from("10.0.0.6", api.request("/metrics", null).GET())).status()).isEqualTo(429);

        // the document is generated once (seconds on a busy machine), then served from memory; the bucket
        // refills smoothly (one every 6 s), so a slow answer may let one more pass
        api.send(from("10.0.0.70", api.request("/v3/api-docs", null).GET()));
        var served = 0;
        Api.Response response;
        while ((response = api.send(from("10.0.0.7", api.request("/v3/api-docs", null).GET()))).status() == 200
                && served < 20) {
            served++;
        }

        assertThat(response.status()).isEqualTo(429);
        assertThat(served).isBetween(10, 12);
        assertThat(api.send(from("10.0.0.7", api.request("/health", null).GET())).status())
                .as("the probes stay unlimited").isEqualTo(200);
    }

    @Test
    void locksAnAccountAfterTenFailedLoginsFromAnyNumberOfAddresses() {
        registerFrom("10.0.1.1", "shared_target");
        for (var address = 2; address <= 6; address++) {
            for (var guess = 0; guess < 2; guess++) {
                assertThat(logInFrom("10.0.1." + address, "shared_target@example.org", "Wrong1234").status())
                        .isEqualTo(401);
            }
        }

        var eleventhGuess = logInFrom("10.0.1.7", "Shared_Target@example.org", "Wrong1234");
        var newDevice = logInFrom("10.0.1.8", "shared_target@example.org", PASSWORD);

        assertThat(eleventhGuess.status()).isEqualTo(429);
        assertThat(eleventhGuess.error().path("retryAfter").asLong()).isPositive();
        assertThat(newDevice.status()).as("the lock is per account, whatever the address").isEqualTo(429);
        assertThat(logInFrom("10.0.1.9", "other_account@example.org", "Wrong1234").status())
                .as("other accounts are not affected").isEqualTo(401);
    }

    @Test
    void keepsAnAccountOpenFromAddressesItSignedInFromDuringALock() {
        registerFrom("10.0.2.1", "besieged_user");
        assertThat(logInFrom("10.0.2.1", "besieged_user@example.org", PASSWORD).status()).isEqualTo(200);
        for (var address = 2; address <= 6; address++) {
            for (var guess = 0; guess < 2; guess++) {
                logInFrom("10.0.2." + address, "besieged_user@example.org", "Wrong1234");
            }
        }
        assertThat(logInFrom("10.0.2.7", "besieged_user@example.org", PASSWORD).status()).isEqualTo(429);

        var owner = logInFrom("10.0.2.1", "besieged_user@example.org", PASSWORD);

        assertThat(owner.status()).as("an attacker cannot lock the owner out of their own device").isEqualTo(200);
    }

    private Api.Response refreshFrom(String ip) {
        return api.send(from(ip, api.request("/v1/auth/refresh", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"refreshToken\":\"unknown\"}"))));
    }

    private String registerFrom(String ip, String username) {
        var response = api.send(from(ip, api.request("/v1/auth/register", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body("email",
                        username + "@example.org", "username", username, "password", PASSWORD))))));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().path("accessToken").asString();
    }

    private Api.Response logInFrom(String ip, String email, String password) {
        return api.send(from(ip, api.request("/v1/auth/login", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body("email", email,
                        "password", password))))));
    }

    private static HttpRequest.Builder from(String ip, HttpRequest.Builder request) {
        return request.header("X-Forwarded-For", ip);
    }
}
