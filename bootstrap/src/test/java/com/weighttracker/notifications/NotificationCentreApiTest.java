package com.weighttracker.notifications;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/** The notification centre: cursor pages, unread count, read one or all, delete; only one's own. */
class NotificationCentreApiTest extends IntegrationTest {

    @Autowired
    private NotifyUseCase notify;

    @Test
    void pagesNewestFirstByCursorWithTheUnreadCount() {
        var user = register();
        for (var i = 1; i <= 5; i++) {
            tell(user, "Note " + i, "source-" + i);
            clock.advance(java.time.Duration.ofMillis(5));
        }

        var first = api.get("/v1/notifications?limit=2", user.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(titles(first.data())).containsExactly("Note 5", "Note 4");
        assertThat(first.data().path("unreadCount").asLong()).isEqualTo(5);
        var titles = new ArrayList<>(titles(first.data()));
        var cursor = first.data().path("nextCursor").asString();
        while (cursor != null && !cursor.isEmpty()) {
            var next = api.get("/v1/notifications?limit=2&cursor=" + cursor, user.accessToken());
            assertThat(next.status()).isEqualTo(200);
            titles.addAll(titles(next.data()));
            cursor = next.data().path("nextCursor").isNull() ? null : next.data().path("nextCursor").asString();
        }
        assertThat(titles).containsExactly("Note 5", "Note 4", "Note 3", "Note 2", "Note 1");
    }

    @Test
    void theSameSourceTwiceIsOneNotification() {
        var user = register();

        assertThat(tell(user, "Once", "same-source")).isTrue();
        assertThat(tell(user, "Once", "same-source")).isFalse();

        assertThat(titles(api.get("/v1/notifications", user.accessToken()).data())).containsExactly("Once");
    }

    @Test
    void marksOneAndThenAllRead() {
        var user = register();
        tell(user, "First", "a");
        tell(user, "Second", "b");
        var id = api.get("/v1/notifications", user.accessToken()).data().path("items").get(0).path("id").asString();

        var read = api.post("/v1/notifications/" + id + "/read", "", user.accessToken());

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.data().path("readAt").isNull()).isFalse();
        assertThat(api.get("/v1/notifications/unread-count", user.accessToken()).data().path("unreadCount").asLong())
                .isEqualTo(1);
        assertThat(api.post("/v1/notifications/read-all", "", user.accessToken()).data().path("marked").asInt())
                .isEqualTo(1);
        assertThat(api.get("/v1/notifications/unread-count", user.accessToken()).data().path("unreadCount").asLong())
                .isZero();
    }

    @Test
    void deletesOneOfMine() {
        var user = register();
        tell(user, "Bye", "bye");
        var id = api.get("/v1/notifications", user.accessToken()).data().path("items").get(0).path("id").asString();

        assertThat(api.delete("/v1/notifications/" + id, user.accessToken()).status()).isEqualTo(200);

        assertThat(titles(api.get("/v1/notifications", user.accessToken()).data())).isEmpty();
        assertThat(api.delete("/v1/notifications/" + id, user.accessToken()).status()).isEqualTo(404);
    }

    @Test
    void anotherUsersNotificationIsNotFound() {
        var owner = register();
        var other = register();
        tell(owner, "Private", "private");
        var id = api.get("/v1/notifications", owner.accessToken()).data().path("items").get(0).path("id").asString();

        assertThat(api.post("/v1/notifications/" + id + "/read", "", other.accessToken()).error().path("code")
                .asString()).isEqualTo("NOT_FOUND");
        assertThat(api.delete("/v1/notifications/" + id, other.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/v1/notifications/" + UUID.randomUUID() + "/read", "", other.accessToken()).status())
                .isEqualTo(404);
        assertThat(titles(api.get("/v1/notifications", other.accessToken()).data())).isEmpty();
        assertThat(titles(api.get("/v1/notifications", owner.accessToken()).data())).containsExactly("Private");
    }

    @Test
    void refusesABadCursorLimitOrIdAndAnonymousCallers() {
        var user = register();

        assertThat(api.get("/v1/notifications?cursor=not-ours", user.accessToken()).error().path("details").get(0)
                .path("field").asString()).isEqualTo("cursor");
        assertThat(api.get("/v1/notifications?limit=0", user.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/v1/notifications?limit=101", user.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/v1/notifications?limit=abc", user.accessToken()).status()).isEqualTo(400);
        assertThat(api.post("/v1/notifications/not-a-uuid/read", "", user.accessToken()).status()).isEqualTo(400);
        assertThat(api.get("/v1/notifications", null).status()).isEqualTo(401);
        assertThat(api.post("/v1/notifications/read-all", body(), null).status()).isEqualTo(401);
    }

    private boolean tell(TestUser user, String title, String source) {
        return notify.notify(new NotifyCommand(UserId.of(user.id()), Category.TEAM,
                new NotificationContent(title, "Something happened.", "/teams"), source));
    }

    private static java.util.List<String> titles(tools.jackson.databind.JsonNode page) {
        var titles = new ArrayList<String>();
        page.path("items").forEach(item -> titles.add(item.path("title").asString()));
        return titles;
    }
}
