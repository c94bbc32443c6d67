package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.awaitSubscribed;
import static com.weighttracker.messaging.MessagingTestSteps.direct;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static com.weighttracker.messaging.MessagingTestSteps.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.StompTestClient;

/**
 * The real-time endpoint with a real STOMP client: CONNECT needs a good token, a revoked user's
 * sessions close, every SUBSCRIBE is authorised, messages sent over STOMP or REST arrive on the
 * conversation's topic, receipts and typing are pushed, and a client that was away catches up.
 */
class RealtimeApiTest extends IntegrationTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SimpUserRegistry users;

    @Test
    void connectsWithAValidAccessToken() {
        var anna = register();

        try (var connection = StompTestClient.connect(port, anna.accessToken())) {
            assertThat(connection.isConnected()).isTrue();
        }
    }

    @Test
    void refusesConnectWithoutForgedOrExpiredTokens() {
        var anna = register();
        var forged = anna.accessToken().substring(0, anna.accessToken().length() - 4) + "AAAA";

        var none = StompTestClient.connect(port, null);
        var bad = StompTestClient.connect(port, forged);
        clock.advance(Duration.ofMinutes(16));
        var expired = StompTestClient.connect(port, anna.accessToken());

        assertThat(none.isConnected()).isFalse();
        assertThat(bad.isConnected()).isFalse();
        assertThat(expired.isConnected()).isFalse();
    }

    @Test
    void refusesARevokedTokenAndClosesTheRevokedUsersOpenSessions() {
        var anna = register();
        var open = StompTestClient.connect(port, anna.accessToken());
        assertThat(open.isConnected()).isTrue();

        assertThat(api.post("/v1/auth/logout-all", null, anna.accessToken()).status()).isEqualTo(200);

        assertThat(open.awaitClosed()).as("the open session is closed").isTrue();
        assertThat(StompTestClient.connect(port, anna.accessToken()).isConnected()).isFalse();
    }

    @Test
    void anOutsidersSubscriptionIsRefusedAndReceivesNothing() {
        var anna = registerVerified();
        var ben = register();
        var eve = register();
        var conversation = direct(api, anna, ben);

        var outsider = StompTestClient.connect(port, eve.accessToken());
        var inbox = outsider.subscribe("/topic/conversations/" + conversation);
        send(api, anna, conversation, "not for eve");

        assertThat(outsider.refusal()).contains("may not subscribe");
        assertThat(outsider.awaitClosed()).isTrue();
        assertThat(inbox.next(Duration.ofMillis(500))).isNull();
    }

    @Test
    void refusesUnknownDestinationsOthersQueuesAndSendingToTopics() {
        var anna = register();

        var unknown = StompTestClient.connect(port, anna.accessToken());
        unknown.subscribe("/topic/anything");
        var wildcard = StompTestClient.connect(port, anna.accessToken());
        wildcard.subscribe("/topic/conversations/**");
        var rawQueue = StompTestClient.connect(port, anna.accessToken());
        rawQueue.subscribe("/queue/conversations-user" + "abc");
        var publisher = StompTestClient.connect(port, anna.accessToken());
        publisher.send("/topic/conversations/00000000-0000-0000-0000-000000000000", Api.body("text", "spoof"));

        assertThat(unknown.refusal()).contains("may not subscribe");
        assertThat(wildcard.refusal()).contains("may not subscribe");
        assertThat(rawQueue.refusal()).contains("may not subscribe");
        assertThat(publisher.refusal()).contains("/app/");
    }

    @Test
    void aMessageSentOverStompIsStoredAndArrivesOnTheConversationsTopic() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        var annas = StompTestClient.connect(port, anna.accessToken());
        var bens = StompTestClient.connect(port, ben.accessToken());
        var topic = "/topic/conversations/" + conversation;
        var bensInbox = bens.subscribe(topic);
        var bensNotices = bens.subscribe("/user/queue/conversations");
        awaitSubscribed(users, ben, topic);
        awaitSubscribed(users, ben, "/user/queue/conversations");

        annas.send("/app/conversations/" + conversation + "/send", Api.body("text", "hello over stomp",
                "clientKey", "k-1"));

        var pushed = bensInbox.next("message");
        assertThat(pushed).isNotNull();
        assertThat(pushed.path("text").asString()).isEqualTo("hello over stomp");
        assertThat(pushed.path("senderId").asString()).isEqualTo(anna.id());
        var notice = bensNotices.next("message");
        assertThat(notice.path("conversationId").asString()).isEqualTo(conversation);
        var stored = api.get("/v1/conversations/" + conversation + "/messages", ben.accessToken());
        assertThat(texts(stored.data())).containsExactly("hello over stomp");
    }

    @Test
    void aMessageSentOverRestIsPushedToo() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        var bens = StompTestClient.connect(port, ben.accessToken());
        var topic = "/topic/conversations/" + conversation;
        var inbox = bens.subscribe(topic);
        awaitSubscribed(users, ben, topic);

        var sent = send(api, anna, conversation, "hello over rest");

        var pushed = inbox.next("message");
        assertThat(pushed.path("id").asString()).isEqualTo(sent.path("id").asString());
        assertThat(pushed.path("seq").asLong()).isEqualTo(sent.path("seq").asLong());
    }

    @Test
    void refusedSendsComeBackOnTheSendersErrorQueue() {
        var anna = register();
        var annas = StompTestClient.connect(port, anna.accessToken());
        var errors = annas.subscribe("/user/queue/errors");
        awaitSubscribed(users, anna, "/user/queue/errors");

        annas.send("/app/conversations/00000000-0000-0000-0000-000000000000/send", Api.body("text", "hi"));

        var error = errors.next("error");
        assertThat(error.path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(annas.isConnected()).isTrue();
    }

    @Test
    void receiptsAndTypingArePushedToTheConversation() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        var message = send(api, anna, conversation, "read me");
        var annas = StompTestClient.connect(port, anna.accessToken());
        var bens = StompTestClient.connect(port, ben.accessToken());
        var topic = "/topic/conversations/" + conversation;
        var annasInbox = annas.subscribe(topic);
        awaitSubscribed(users, anna, topic);

        bens.send("/app/conversations/" + conversation + "/receipts",
                Api.body("deliveredUpTo", message.path("id").asString()));
        var delivered = annasInbox.next("receipt");
        bens.send("/app/conversations/" + conversation + "/typing", Api.body());
        bens.send("/app/conversations/" + conversation + "/typing", Api.body());
        var typing = annasInbox.next("typing");
        var read = api.post("/v1/conversations/" + conversation + "/receipts",
                Api.body("readUpTo", message.path("id").asString()), ben.accessToken());
        var readPush = annasInbox.next("receipt");

        assertThat(delivered.path("userId").asString()).isEqualTo(ben.id());
        assertThat(delivered.path("deliveredUpTo").asLong()).isEqualTo(message.path("seq").asLong());
        assertThat(delivered.path("readUpTo").asLong()).isZero();
        assertThat(typing.path("userId").asString()).isEqualTo(ben.id());
        assertThat(annasInbox.next("typing", Duration.ofSeconds(3))).as("throttled: one push for two frames").isNull();
        assertThat(read.status()).isEqualTo(200);
        assertThat(readPush.path("readUpTo").asLong()).isEqualTo(message.path("seq").asLong());
        var participants = api.get("/v1/conversations/" + conversation, anna.accessToken()).data().path("participants");
        assertThat(participants.valueStream().filter(p -> p.path("userId").asString().equals(ben.id())).findFirst()
                .orElseThrow().path("readUpTo").asLong()).isEqualTo(message.path("seq").asLong());
    }

    @Test
    void aClientThatWasAwayCatchesUpAfterItsLastMessageWithNothingLostOrRepeated() {
        var anna = registerVerified();
        var ben = register();
        var conversation = direct(api, anna, ben);
        var bens = StompTestClient.connect(port, ben.accessToken());
        var topic = "/topic/conversations/" + conversation;
        var inbox = bens.subscribe(topic);
        awaitSubscribed(users, ben, topic);
        send(api, anna, conversation, "before 1");
        var last = inbox.next("message");
        bens.close();
        for (var i = 1; i <= 45; i++) {
            send(api, anna, conversation, "while away " + i);
        }

        var caughtUp = new ArrayList<String>();
        var after = last.path("id").asString();
        var more = true;
        while (more) {
            var page = api.get("/v1/conversations/" + conversation + "/messages?after=" + after, ben.accessToken());
            assertThat(page.status()).isEqualTo(200);
            var messages = page.data().path("messages");
            caughtUp.addAll(texts(page.data()));
            after = messages.get(messages.size() - 1).path("id").asString();
            more = page.data().path("hasMore").asBoolean();
        }

        assertThat(caughtUp).hasSize(45).doesNotHaveDuplicates().first().isEqualTo("while away 1");
        assertThat(caughtUp).last().isEqualTo("while away 45");
    }

    @Test
    void presenceIsSeenByThoseWhoShareAConversationAndGoesOfflineAfterAGracePeriod() {
        var anna = registerVerified();
        var ben = register();
        var eve = register();
        direct(api, anna, ben);
        var topic = "/topic/presence/" + anna.id();
        var bens = StompTestClient.connect(port, ben.accessToken());
        var presence = bens.subscribe(topic);
        awaitSubscribed(users, ben, topic);
        var stranger = StompTestClient.connect(port, eve.accessToken());
        stranger.subscribe(topic);

        var annas = StompTestClient.connect(port, anna.accessToken());
        var online = presence.next("presence");
        annas.close();
        var offline = presence.next("presence");

        assertThat(online.path("userId").asString()).isEqualTo(anna.id());
        assertThat(online.path("online").asBoolean()).isTrue();
        assertThat(offline.path("online").asBoolean()).isFalse();
        assertThat(stranger.refusal()).contains("may not subscribe");
    }
}
