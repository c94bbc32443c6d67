package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;

/** During the user's quiet hours nothing buzzes and no e-mail lands; the centre still gets it, the e-mail waits. */
class QuietHoursApiTest extends IntegrationTest {

    @Autowired
    private NotifyUseCase notify;

    @Autowired
    private DeliveryJobsUseCase jobs;

    private final LocalPushService pushService = newPushService();

    @AfterEach
    void stopPushService() {
        pushService.close();
    }

    @Test
    void inQuietHoursNoPushIsSentAndTheEmailWaitsUntilTheyEnd() {
        var user = registerVerified();
        var browser = pushService.subscribe();
        api.post("/v1/users/me/push-subscriptions", Api.body("endpoint", browser.endpoint(), "keys",
                Api.body("p256dh", browser.p256dh(), "auth", browser.auth())), user.accessToken());
        // quiet from an hour ago to an hour from now, in the user's zone (UTC)
        var now = LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        var put = api.send(api.request("/v1/users/me/notification-preferences", user.accessToken())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"channels": {}, "quietHours": {"from": "%s", "to": "%s"}}"""
                        .formatted(now.minusHours(1), now.plusHours(1)))));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        var before = pushService.requests();

        notify.notify(new NotifyCommand(UserId.of(user.id()), Category.CHALLENGE,
                new NotificationContent("Quiet please", "It can wait.", null), "quiet-1"));
        jobs.deliverQueuedMail(200);

        var centre = api.get("/v1/notifications", user.accessToken()).data().path("items");
        assertThat(centre.toString()).contains("Quiet please");
        assertThat(pushService.requests()).isEqualTo(before);
        pause(500);
        assertThat(TestMailServer.mailCount(user.email(), "Quiet please")).isZero();

        clock.advance(Duration.ofMinutes(61));
        jobs.deliverQueuedMail(200);

        TestMailServer.latestMail(user.email(), "Quiet please");
        assertThat(pushService.requests()).isEqualTo(before);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LocalPushService newPushService() {
        try {
            return new LocalPushService();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
