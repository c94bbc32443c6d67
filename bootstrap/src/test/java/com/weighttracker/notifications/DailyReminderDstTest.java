package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;
import com.weighttracker.notifications.application.port.in.NotificationCentreUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/**
 * The daily weigh-in reminder comes at the user's chosen local time on both sides of a daylight-saving
 * change (Berlin moves to summer time in the night to Sunday 28 March 2027: 07:30 is 06:30 UTC on the
 * Saturday, 05:30 UTC on the Sunday), and not on a local day they already weighed in. The application's
 * clock is moved there; the job's use case is called directly, as the scheduler would.
 */
class DailyReminderDstTest extends IntegrationTest {

    @Autowired
    private DeliveryJobsUseCase jobs;

    @Autowired
    private NotificationCentreUseCase centre;

    @Test
    void comesAtTheLocalTimeAcrossTheChangeAndSkipsADayWithAWeighIn() {
        var user = registerVerified();
        api.patch("/v1/users/me", "{\"timeZone\": \"Europe/Berlin\"}", user.accessToken());
        moveTo("2027-03-27T05:00:00Z");
        user = logIn(user);
        var put = api.send(api.request("/v1/users/me/notification-preferences", user.accessToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"channels\": {}, \"dailyReminderAt\": \"07:30\"}")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);

        moveTo("2027-03-27T06:29:00Z"); // 07:29 CET
        jobs.sendDueReminders(500);
        assertThat(reminders(user)).isZero();
        moveTo("2027-03-27T06:31:00Z"); // 07:31 CET
        jobs.sendDueReminders(500);
        assertThat(reminders(user)).isEqualTo(1);

        moveTo("2027-03-28T05:29:00Z"); // 07:29 CEST: summer time began at 02:00
        jobs.sendDueReminders(500);
        assertThat(reminders(user)).isEqualTo(1);
        moveTo("2027-03-28T05:31:00Z"); // 07:31 CEST
        jobs.sendDueReminders(500);
        assertThat(reminders(user)).isEqualTo(2);

        moveTo("2027-03-29T05:00:00Z"); // 07:00 CEST: weighs in before the reminder
        user = logIn(user);
        var weighIn = api.post("/v1/weight-entries", Api.body("weight", 80.5, "unit", "kg"), user.accessToken());
        assertThat(weighIn.status()).as(weighIn.toString()).isEqualTo(201);
        moveTo("2027-03-29T05:31:00Z");
        jobs.sendDueReminders(500);
        assertThat(reminders(user)).isEqualTo(2);

        moveTo("2027-03-30T05:31:00Z"); // no weigh-in that day: reminded again
        jobs.sendDueReminders(500);
        assertThat(reminders(user)).isEqualTo(3);
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private long reminders(TestUser user) {
        // the scheduler's own run may be handling the same due reminder: wait for it to settle
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return centre.list(UserId.of(user.id()), null, 100).items().stream()
                .filter(item -> item.title().equals("Time to weigh in")).count();
    }
}
