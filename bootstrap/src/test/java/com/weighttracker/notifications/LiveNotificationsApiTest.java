package com.weighttracker.notifications;

import static com.weighttracker.messaging.MessagingTestSteps.awaitSubscribed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.simp.user.SimpUserRegistry;

import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.StompTestClient;

import tools.jackson.databind.JsonNode;

/**
 * A new notification reaches its user's open sessions on {@code /user/queue/notifications}, and nobody
 * else's; the same cause again (its source key seen) pushes nothing.
 */
class LiveNotificationsApiTest extends IntegrationTest {

    private static final String QUEUE = "/user/queue/notifications";

    @LocalServerPort
    private int port;

    @Autowired
    private SimpUserRegistry users;

    @Autowired
    private NotifyUseCase notify;


    @Test
    void aNewNotificationIsPushedToItsUserOnly() {
        var anna = register();
        var ben = register();
        try (var annas = StompTestClient.connect(port, anna.accessToken());
                var bens = StompTestClient.connect(port, ben.accessToken())) {
            var annasInbox = annas.subscribe(QUEUE);
            var bensInbox = bens.subscribe(QUEUE);
            awaitSubscribed(users, anna, QUEUE);
            awaitSubscribed(users, ben, QUEUE);

            var command = new NotifyCommand(new UserId(UUID.fromString(anna.id())), Category.TEAM,
                    new NotificationContent("Join request approved", "You are now a member.", null),
                    "live-test:" + UUID.randomUUID());
            assertThat(notify.notify(command)).isTrue();

            var pushed = nextNotification(annasInbox);
            assertThat(pushed).as("pushed to anna").isNotNull();
            assertThat(pushed.path("category").asString()).isEqualTo("team");
            assertThat(pushed.path("title").asString()).isEqualTo("Join request approved");
            var centre = api.get("/v1/notifications", anna.accessToken()).data().path("items");
            assertThat(centre.findValuesAsString("id")).contains(pushed.path("id").asString());
            assertThat(bensInbox.next(Duration.ofMillis(500))).as("nothing for ben").isNull();

            assertThat(notify.notify(command)).as("the same cause again").isFalse();
            assertThat(annasInbox.next(Duration.ofMillis(500))).as("pushes nothing again").isNull();
        }
    }

    /**
     * Up to 30 s: derived reactions share a small executor, which other tests' bursts (a day's
     * reminders after a test moved the clock) may keep busy for a while.
     */
    private static JsonNode nextNotification(StompTestClient.Inbox inbox) {
        for (var attempt = 0; attempt < 3; attempt++) {
            var frame = inbox.next("notification");
            if (frame != null) {
                return frame;
            }
        }
        return null;
    }
}
