package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.direct;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * New-message notifications (category {@code message}): a recipient away from the conversation gets
 * one notice per burst until they read it; one who read the conversation within the last 30 s
 * (active: their client shows it) gets none; the sender never gets one.
 */
class MessageNotificationsApiTest extends IntegrationTest {

    @Autowired
    private CompletedEventPublications completed;

    @Test
    void aRecipientAwayFromTheConversationGetsOneNoticePerBurstUntilTheyRead() {
        var anna = registerVerified();
        var ben = registerVerified();
        var conversation = direct(api, anna, ben);

        send(api, anna, conversation, "one");
        var second = send(api, anna, conversation, "two");
        awaitNotices(ben, 1);
        var notice = messageNotices(ben).get(0);
        assertThat(notice.path("title").asString()).isEqualTo("New message from " + anna.username());
        assertThat(notice.path("link").asString()).isEqualTo("/conversations/" + conversation);
        assertThat(notice.path("body").asString()).doesNotContain("one", "two");

        read(ben, conversation, second.path("id").asString());
        clock.advance(Duration.ofSeconds(31));
        send(api, anna, conversation, "three");

        awaitNotices(ben, 2);
        awaitHandled(send(api, anna, conversation, "four"));
        assertThat(messageNotices(ben)).hasSize(2);
        assertThat(messageNotices(anna)).isEmpty();
    }

    @Test
    void aRecipientActiveInTheConversationIsNotNotified() {
        var anna = registerVerified();
        var ben = registerVerified();
        var conversation = direct(api, anna, ben);
        var first = send(api, anna, conversation, "are you there?");
        awaitNotices(ben, 1);
        read(ben, conversation, first.path("id").asString());

        clock.advance(Duration.ofSeconds(20));
        awaitHandled(send(api, anna, conversation, "while ben reads along"));

        assertThat(messageNotices(ben)).hasSize(1);
    }

    private void read(TestUser user, String conversation, String messageId) {
        var response = api.post("/v1/conversations/" + conversation + "/receipts", Api.body("readUpTo", messageId),
                user.accessToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private List<JsonNode> messageNotices(TestUser user) {
        var items = api.get("/v1/notifications?limit=100", user.accessToken()).data().path("items");
        return items.valueStream().filter(item -> "message".equals(item.path("category").asString())).toList();
    }

    private void awaitNotices(TestUser user, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(messageNotices(user)).hasSize(count));
    }

    /** Waits until notifications' listener handled the message's {@code MessageSent}. */
    private void awaitHandled(JsonNode message) {
        var id = UUID.fromString(message.path("id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> completed.findAll().stream()
                .anyMatch(publication -> publication.getEvent() instanceof MessageSent sent
                        && sent.messageId().equals(id)));
    }
}
