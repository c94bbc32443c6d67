package com.weighttracker.messaging;

import static com.weighttracker.messaging.MessagingTestSteps.direct;
import static com.weighttracker.messaging.MessagingTestSteps.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.MessageNoticeService;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.support.Api;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * New-message notifications (category {@code message}), from messaging's conversation feed (ADR 16):
 * a recipient away from the conversation gets one notice per burst until they read it; one who read
 * the conversation within the last 30 s (active: their client shows it) gets none; the sender never
 * gets one; a batch of the feed that comes again makes no second notice, and messages sent while no
 * instance follows the feed (down, restarting) are noticed once one does again.
 */
class MessageNotificationsApiTest extends IntegrationTest {

    @Autowired
    private DSLContext dsl;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private MessageNoticeService notices;

    @Autowired
    private Transactions transactions;

    private FeedConsumerProgress progress;

    @BeforeEach
    void followTheFeed() {
        progress = FeedConsumerProgress.ofConversations(dsl, MessageNoticeService.NAME);
        progress.awaitFollowing();
    }

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
        send(api, anna, conversation, "four");
        progress.awaitHandled(conversation);
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
        send(api, anna, conversation, "while ben reads along");
        progress.awaitHandled(conversation);

        assertThat(messageNotices(ben)).hasSize(1);
    }

    @Test
    void aBatchOfTheFeedThatComesAgainMakesNoSecondNotice() {
        var anna = registerVerified();
        var ben = registerVerified();
        var conversation = direct(api, anna, ben);
        send(api, anna, conversation, "once only");
        awaitNotices(ben, 1);
        progress.awaitHandled(conversation);

        // the same change handed over again (a batch repeated after a failure, after a restart)
        var change = new FeedChange(UUID.fromString(conversation), 1, new FeedPosition(0, UUID.fromString(conversation)));
        transactions.inTransaction(() -> notices.consume(List.of(change)));

        assertThat(messageNotices(ben)).hasSize(1);
    }

    @Test
    void messagesSentWhileNoInstanceFollowsTheFeedAreNoticedWhenOneDoesAgain() throws Exception {
        var anna = registerVerified();
        var ben = registerVerified();
        var conversation = direct(api, anna, ben);
        try (var elsewhere = dataSource.getConnection()) {
            // the consumer's position locked, as by an instance that stopped in the middle of a batch:
            // every instance skips it until the lock goes (here: a rollback, as when that one is gone)
            elsewhere.setAutoCommit(false);
            try (var lock = elsewhere.prepareStatement(
                    "select 1 from platform.feed_positions where consumer = ? for update")) {
                lock.setString(1, MessageNoticeService.NAME);
                lock.executeQuery().close();
            }
            send(api, anna, conversation, "while nobody follows");
            Thread.sleep(2_500); // two polls of the feed
            assertThat(messageNotices(ben)).isEmpty();
            elsewhere.rollback();
        }
        awaitNotices(ben, 1);
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
}
