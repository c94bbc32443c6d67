package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/** Preferences per category and channel, quiet hours and reminder times, in the user's zone. */
class NotificationPreferencesApiTest extends IntegrationTest {

    private static final String PREFERENCES = "/v1/users/me/notification-preferences";

    @Test
    void startsWithTheDefaultsAndTheProfilesZone() {
        var user = register();

        var response = api.get(PREFERENCES, user.accessToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var data = response.data();
        assertThat(data.path("channels").path("message").toString()).isEqualTo("[\"in_app\",\"push\"]");
        assertThat(data.path("channels").path("weekly_summary").toString()).isEqualTo("[]");
        assertThat(data.path("quietHours").isNull()).isTrue();
        assertThat(data.path("dailyReminderAt").isNull()).isTrue();
        assertThat(data.path("timeZone").asString()).isEqualTo("UTC");
    }

    @Test
    void putReplacesTheChoices() {
        var user = register();
        api.patch("/v1/users/me", "{\"timeZone\": \"Europe/Berlin\"}", user.accessToken());

        var response = put(user, """
                {"channels": {"weekly_summary": ["email"], "message": []},
                 "quietHours": {"from": "22:00", "to": "07:00"},
                 "dailyReminderAt": "07:30", "weeklyCheckInOn": "SUNDAY"}""");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var data = api.get(PREFERENCES, user.accessToken()).data();
        assertThat(data.path("channels").path("weekly_summary").toString()).isEqualTo("[\"email\"]");
        assertThat(data.path("channels").path("message").toString()).isEqualTo("[]");
        assertThat(data.path("channels").path("team").toString()).isEqualTo("[\"in_app\",\"push\"]");
        assertThat(data.path("quietHours").path("from").asString()).isEqualTo("22:00");
        assertThat(data.path("quietHours").path("to").asString()).isEqualTo("07:00");
        assertThat(data.path("dailyReminderAt").asString()).isEqualTo("07:30");
        assertThat(data.path("weeklyCheckInOn").asString()).isEqualTo("sunday");
        assertThat(data.path("timeZone").asString()).isEqualTo("Europe/Berlin");

        put(user, "{\"channels\": {}}");
        var reset = api.get(PREFERENCES, user.accessToken()).data();
        assertThat(reset.path("quietHours").isNull()).isTrue();
        assertThat(reset.path("dailyReminderAt").isNull()).isTrue();
        assertThat(reset.path("channels").path("message").toString()).isEqualTo("[\"in_app\",\"push\"]");
    }

    @Test
    void refusesUnknownNamesAndBadTimesNamingEachField() {
        var user = register();

        var response = put(user, """
                {"channels": {"gossip": ["in_app"], "team": ["carrier_pigeon"]},
                 "quietHours": {"from": "22:00", "to": "22:00"},
                 "dailyReminderAt": "7:30", "weeklyCheckInOn": "someday"}""");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        var fields = new java.util.ArrayList<String>();
        response.error().path("details").forEach(detail -> fields.add(detail.path("field").asString()));
        assertThat(fields).contains("channels", "quietHours", "dailyReminderAt", "weeklyCheckInOn");
        assertThat(put(user, "{}").status()).isEqualTo(400);
        assertThat(put(user, "{\"channels\": {\"team\": \"push\"}}").status()).isEqualTo(400);
        assertThat(put(user, "{\"channels\": {}, \"dailyReminderAt\": \"25:00\"}").status()).isEqualTo(400);
    }

    @Test
    void needsASignedInUser() {
        assertThat(api.get(PREFERENCES, null).status()).isEqualTo(401);
        assertThat(api.send(api.request(PREFERENCES, null).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"channels\": {}}"))).status()).isEqualTo(401);
    }

    private Api.Response put(TestUser user, String json) {
        return api.send(api.request(PREFERENCES, user.accessToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
