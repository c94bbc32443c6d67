package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.awaitSubscribed;
import static com.weighttracker.messaging.MessagingTestSteps.direct;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.WeightTrackerApplication;
import com.weighttracker.support.Api;
import com.weighttracker.support.RedisBackedIntegrationTest;
import com.weighttracker.support.StompTestClient;
import com.weighttracker.support.TestMailServer;
import com.weighttracker.support.TestUser;

/**
 * Two application instances sharing one PostgreSQL and one Redis: users connected to different
 * instances chat normally (messages, typing, notices, presence), a revocation on one closes sessions on the
 * other, and when Redis goes away each instance keeps delivering to its own sessions without an
 * error for anyone, relaying again once Redis is back. (Each instance signs its own access
 * tokens here, as no keys are configured: a user signs in on the instance they connect to.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealtimeAcrossInstancesTest extends RedisBackedIntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static ConfigurableApplicationContext second;
    private static Api secondApi;

    @LocalServerPort
    private int port;

    @Autowired
    private SimpUserRegistry users;

    @BeforeAll
    static void startSecondInstance() {
        // as arguments: they outrank application.yml, as the environment does in production
        second = new SpringApplicationBuilder(WeightTrackerApplication.class).profiles("test")
                .run("--server.port=0", "--weighttracker.redis.url=redis://127.0.0.1:" + REDIS.ports().get(0),
                        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.port());
        secondApi = new Api(secondPort());
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private static int secondPort() {
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @BeforeEach
    void ownAddress() {
        // this context counts anonymous requests per address (5 a minute): each test signs in from its own
        api = api.from("10.8." + ADDRESSES.incrementAndGet() + ".1");
    }

    @Test
    @Order(1)
    void usersOnDifferentInstancesChatWithTypingAndNotices() {
        var anna = onFirst(registeredOnSecond(true));
        var ben = registeredOnSecond(false);
        var conversation = direct(api, anna, ben);
        var bens = StompTestClient.connect(secondPort(), ben.accessToken());
        var topic = "/topic/conversations/" + conversation;
        var inbox = bens.subscribe(topic);
        var notices = bens.subscribe("/user/queue/conversations");
        var presence = bens.subscribe("/topic/presence/" + anna.id());
        awaitSubscribed(secondUsers(), ben, topic);
        awaitSubscribed(secondUsers(), ben, "/user/queue/conversations");
        awaitSubscribed(secondUsers(), ben, "/topic/presence/" + anna.id());
        var annas = StompTestClient.connect(port, anna.accessToken());
        assertThat(presence.next("presence").path("online").asBoolean()).as("presence crosses instances").isTrue();

        send(api, anna, conversation, "hello from instance one");
        annas.send("/app/conversations/" + conversation + "/typing", Api.body());

        assertThat(inbox.next("message").path("text").asString()).isEqualTo("hello from instance one");
        assertThat(notices.next("message").path("conversationId").asString()).isEqualTo(conversation);
        assertThat(inbox.next("typing").path("userId").asString()).isEqualTo(anna.id());
    }

    @Test
    @Order(2)
    void aRevocationOnOneInstanceClosesSessionsOnTheOther() {
        var ben = registeredOnSecond(false);
        var onSecond = StompTestClient.connect(secondPort(), ben.accessToken());
        assertThat(onSecond.isConnected()).isTrue();
        var onFirst = onFirst(ben);

        assertThat(api.post("/v1/auth/logout-all", null, onFirst.accessToken()).status()).isEqualTo(200);

        assertThat(onSecond.awaitClosed()).isTrue();
    }

    @Test
    @Order(3)
    void withoutRedisEachInstanceKeepsDeliveringLocallyAndRelaysAgainWhenItIsBack() throws IOException {
        var anna = onFirst(registeredOnSecond(true));
        var cleoOnSecond = registeredOnSecond(false);
        var cleo = onFirst(cleoOnSecond);
        var ben = registeredOnSecond(false);
        var conversation = MessagingTestSteps.group(api, anna, "Outage", ben, cleo);
        var topic = "/topic/conversations/" + conversation;
        var local = StompTestClient.connect(port, cleo.accessToken()).subscribe(topic);
        awaitSubscribed(users, cleo, topic);
        var bens = StompTestClient.connect(secondPort(), ben.accessToken());
        var remote = bens.subscribe(topic);
        awaitSubscribed(secondUsers(), ben, topic);

        REDIS.stop();
        try {
            var sent = api.post("/v1/conversations/" + conversation + "/messages", Api.body("text", "while away"),
                    anna.accessToken());
            assertThat(sent.status()).as("no error for the sender").isEqualTo(201);
            assertThat(local.next("message").path("text").asString()).isEqualTo("while away");
        } finally {
            startRedisAgain();
        }

        var until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        String relayed = null;
        while (relayed == null && System.nanoTime() < until) {
            send(api, anna, conversation, "are you back?");
            var frame = remote.next(Duration.ofSeconds(2));
            while (frame != null && !"are you back?".equals(frame.path("text").asString())) {
                frame = remote.next(Duration.ofMillis(200));
            }
            relayed = frame == null ? null : frame.path("text").asString();
        }
        assertThat(relayed).as("relayed again once Redis is back").isEqualTo("are you back?");
        assertThat(bens.isConnected()).isTrue();
    }

    private SimpUserRegistry secondUsers() {
        return second.getBean(SimpUserRegistry.class);
    }

    /** A user registered (and verified, if asked) through the second instance, with its tokens. */
    private TestUser registeredOnSecond(boolean verified) {
        var username = "x" + ADDRESSES.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 1_000_000, 36);
        var email = username + "@example.org";
        var registered = secondApi.post("/v1/auth/register", Api.body("email", email, "username", username,
                "password", PASSWORD), null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        if (verified) {
            var token = TestMailServer.tokenIn(TestMailServer.latestMail(email, "Verify your e-mail address"));
            assertThat(secondApi.post("/v1/auth/verify-email", Api.body("token", token), null).status()).isEqualTo(200);
        }
        var login = secondApi.post("/v1/auth/login", Api.body("email", email, "password", PASSWORD), null);
        return new TestUser(registered.data().path("user").path("id").asString(), email, username, PASSWORD,
                login.data().path("accessToken").asString(), login.data().path("refreshToken").asString());
    }

    /** The same user signed in on the first instance (this test's context). */
    private TestUser onFirst(TestUser user) {
        var login = api.post("/v1/auth/login", Api.body("email", user.email(), "password", PASSWORD), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return user.withTokens(login.data().path("accessToken").asString(),
                login.data().path("refreshToken").asString());
    }
}
