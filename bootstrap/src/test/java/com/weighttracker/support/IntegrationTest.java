package com.weighttracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.weighttracker.WeightTrackerApplication;

/**
 * The whole application over real HTTP, on the embedded PostgreSQL (one per test JVM) and a real
 * SMTP server. Subclasses share one Spring context unless they change properties.
 */
@SpringBootTest(classes = WeightTrackerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(IntegrationTest.TestClock.class)
public abstract class IntegrationTest {

    private static final AtomicInteger USERS = new AtomicInteger();
    public static final String PASSWORD = "Secret123";

    @LocalServerPort
    private int port;

    @Autowired
    protected MutableClock clock;

    protected Api api;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", TestMailServer::port);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void connect() {
        api = new Api(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh, unique, unverified user, signed in. */
    protected TestUser register() {
        var n = USERS.incrementAndGet();
        var username = "user_" + n + "_" + Long.toString(System.nanoTime() % 100_000, 36);
        var email = username + "@example.org";
        var response = api.post("/v1/auth/register", Api.body("email", email, "username", username,
                "password", PASSWORD), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var data = response.data();
        return new TestUser(data.path("user").path("id").asString(), email, username, PASSWORD,
                data.path("accessToken").asString(), data.path("refreshToken").asString());
    }

    /** A registered user who has verified their e-mail, with tokens that say so. */
    protected TestUser registerVerified() {
        var user = register();
        var token = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), "Verify your e-mail address"));
        assertThat(api.post("/v1/auth/verify-email", Api.body("token", token), null).status()).isEqualTo(200);
        return logIn(user);
    }

    protected TestUser logIn(TestUser user) {
        var response = api.post("/v1/auth/login", Api.body("email", user.email(), "password", user.password()), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return user.withTokens(response.data().path("accessToken").asString(),
                response.data().path("refreshToken").asString());
    }

    protected Clock clock() {
        return clock;
    }
}
