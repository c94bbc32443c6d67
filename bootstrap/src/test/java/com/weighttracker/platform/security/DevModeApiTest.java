package com.weighttracker.platform.security;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.weighttracker.WeightTrackerApplication;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * A developer's server ({@code ./mvnw spring-boot:run}: the dev profile, no SMTP host): mail is
 * captured for {@code GET /dev/mailbox}, which shows each signed-in user only the mail sent to their
 * own address, so nobody can read another account's reset link. In its own context because every
 * {@link IntegrationTest} sends mail over SMTP.
 */
@SpringBootTest(classes = WeightTrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "dev" })
class DevModeApiTest {

    private static final AtomicInteger USERS = new AtomicInteger();

    @LocalServerPort
    private int port;

    private Api api;

    record Developer(String email, String accessToken) {
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void showsASignedInUserOnlyTheMailSentToTheirOwnAddress() {
        var anna = register();
        var bob = register();

        var annasMail = mailbox(anna);

        assertThat(annasMail).extracting(mail -> mail.path("to").asString()).containsOnly(anna.email());
        assertThat(annasMail).extracting(mail -> mail.path("subject").asString())
                .contains("Verify your e-mail address");
        assertThat(mailbox(bob)).extracting(mail -> mail.path("to").asString()).containsOnly(bob.email());
    }

    @Test
    void refusesTheMailboxToAnonymousCallers() {
        register();

        var response = api.get("/dev/mailbox", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(response.raw().body()).doesNotContain("token=");
    }

    @Test
    void keepsAPasswordResetLinkFromEveryoneButTheAccountsOwner() {
        var victim = register();
        var attacker = register();

        var requested = api.post("/v1/auth/forgot-password", body("email", victim.email()), null);

        assertThat(requested.status()).isEqualTo(202);
        assertThat(mailbox(attacker)).extracting(mail -> mail.path("subject").asString())
                .doesNotContain("Reset your password");
        assertThat(api.get("/dev/mailbox", null).raw().body()).doesNotContain("reset-password");
        assertThat(mailbox(victim)).extracting(mail -> mail.path("subject").asString())
                .contains("Reset your password");
    }

    @Test
    void allowsTheLocalFrontendAsCrossOriginCaller() {
        var allowed = preflightFrom("http://localhost:3000");
        var refused = preflightFrom("https://evil.example");

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void servesMetricsToTheDocumentedDevToken() {
        var metrics = api.get("/metrics", "dev-metrics-token");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).contains("jvm_memory_used_bytes");
    }

    private Developer register() {
        var username = "dev_" + USERS.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 100_000, 36);
        var email = username + "@example.org";
        var response = api.post("/v1/auth/register", body("email", email, "username", username, "password",
                IntegrationTest.PASSWORD), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new Developer(email, response.data().path("accessToken").asString());
    }

    private List<JsonNode> mailbox(Developer developer) {
        var response = api.get("/dev/mailbox", developer.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var mails = new ArrayList<JsonNode>();
        response.data().forEach(mails::add);
        return mails;
    }

    private Api.Response preflightFrom(String origin) {
        return api.send(api.request("/v1/auth/login", null).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }
}
