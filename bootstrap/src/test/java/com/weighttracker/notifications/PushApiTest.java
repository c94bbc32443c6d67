package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

/**
 * Web Push end to end against a push service in the test JVM that decrypts what it receives with the
 * subscription's private key: subscribe, receive, unsubscribe, and a subscription the push service
 * says is gone (410) is removed.
 */
class PushApiTest extends IntegrationTest {

    private static final String SUBSCRIPTIONS = "/v1/users/me/push-subscriptions";

    @Autowired
    private NotifyUseCase notify;

    private final LocalPushService pushService = newPushService();

    @AfterEach
    void stopPushService() {
        pushService.close();
    }

    @Test
    void aSubscribedBrowserReceivesTheNotificationEncryptedForItAndSignedWithOurKey() {
        var user = register();
        var browser = pushService.subscribe();
        var created = subscribe(user, browser);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var key = api.get(SUBSCRIPTIONS + "/key", user.accessToken()).data().path("applicationServerKey").asString();

        tell(user, "Goal reached!", "Your \"trend\" reached 80 kg.");

        await().atMost(Duration.ofSeconds(10)).until(() -> !pushService.receivedAt(browser).isEmpty());
        var message = pushService.receivedAt(browser).get(0);
        var payload = Api.JSON.readTree(message.payload());
        assertThat(payload.path("title").asString()).isEqualTo("Goal reached!");
        assertThat(payload.path("body").asString()).isEqualTo("Your \"trend\" reached 80 kg.");
        assertThat(payload.path("category").asString()).isEqualTo("achievement");
        assertThat(message.authorization()).startsWith("vapid t=").contains("k=" + key);
    }

    @Test
    void anUnsubscribedBrowserReceivesNothingAndOnlyItsOwnerMayUnsubscribeIt() {
        var user = register();
        var other = register();
        var browser = pushService.subscribe();
        var id = subscribe(user, browser).data().path("id").asString();

        assertThat(api.delete(SUBSCRIPTIONS + "/" + id, other.accessToken()).status()).isEqualTo(404);
        assertThat(api.delete(SUBSCRIPTIONS + "/" + id, user.accessToken()).status()).isEqualTo(200);
        assertThat(api.delete(SUBSCRIPTIONS + "/" + id, user.accessToken()).status()).isEqualTo(404);
        var before = pushService.requests();
        tell(user, "Nobody listens", "…");

        assertThat(pushService.requests()).isEqualTo(before);
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsRemoved() {
        var user = register();
        var expired = pushService.subscribe();
        var alive = pushService.subscribe();
        var expiredId = subscribe(user, expired).data().path("id").asString();
        subscribe(user, alive);
        pushService.expire(expired);

        tell(user, "First", "one");

        await().atMost(Duration.ofSeconds(10)).until(() -> !pushService.receivedAt(alive).isEmpty());
        assertThat(api.delete(SUBSCRIPTIONS + "/" + expiredId, user.accessToken()).status()).isEqualTo(404);
        var before = pushService.requests();
        tell(user, "Second", "two");
        await().atMost(Duration.ofSeconds(10)).until(() -> pushService.receivedAt(alive).size() == 2);
        assertThat(pushService.requests()).isEqualTo(before + 1);
    }

    @Test
    void refusesWhatIsNotABrowsersSubscription() {
        var user = register();
        var browser = pushService.subscribe();

        assertThat(api.post(SUBSCRIPTIONS, Api.body("endpoint", "ftp://push.example/1", "keys",
                Api.body("p256dh", browser.p256dh(), "auth", browser.auth())), user.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.post(SUBSCRIPTIONS, Api.body("endpoint", browser.endpoint(), "keys",
                Api.body("p256dh", "c2hvcnQ", "auth", browser.auth())), user.accessToken()).status()).isEqualTo(400);
        assertThat(api.post(SUBSCRIPTIONS, Api.body("endpoint", browser.endpoint()), user.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.post(SUBSCRIPTIONS, Api.body("endpoint", browser.endpoint(), "keys",
                Api.body("p256dh", browser.p256dh(), "auth", browser.auth())), null).status()).isEqualTo(401);
        assertThat(api.delete(SUBSCRIPTIONS + "/not-a-uuid", user.accessToken()).status()).isEqualTo(400);
    }

    private Api.Response subscribe(TestUser user, LocalPushService.Subscription browser) {
        return api.post(SUBSCRIPTIONS, Api.body("endpoint", browser.endpoint(), "keys",
                Api.body("p256dh", browser.p256dh(), "auth", browser.auth())), user.accessToken());
    }

    private void tell(TestUser user, String title, String body) {
        notify.notify(new NotifyCommand(UserId.of(user.id()), Category.ACHIEVEMENT,
                new NotificationContent(title, body, "/goals"), "push-test:" + title + ":" + System.nanoTime()));
    }

    private static LocalPushService newPushService() {
        try {
            return new LocalPushService();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
