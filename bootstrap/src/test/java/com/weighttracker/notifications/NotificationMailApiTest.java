package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;
import com.weighttracker.notifications.application.port.in.NotifyCommand;
import com.weighttracker.notifications.application.port.in.NotifyUseCase;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;
import com.weighttracker.support.TestUser;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail received by a real SMTP server: HTML and plain text, the RFC 8058 headers, and the one-click
 * unsubscribe that works without logging in and only with a token we signed.
 */
class NotificationMailApiTest extends IntegrationTest {

    @Autowired
    private NotifyUseCase notify;

    @Autowired
    private DeliveryJobsUseCase jobs;

    @Test
    void anEmailHasBothPartsAndTheOneClickUnsubscribeHeaders() throws Exception {
        var user = registerVerified();

        tell(user, "Badge unlocked: First weigh-in", "badge-1");
        jobs.deliverQueuedMail(200);

        var mail = TestMailServer.latestMail(user.email(), "Badge unlocked: First weigh-in");
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        assertThat(partTypes(mail)).anyMatch(type -> type.startsWith("text/plain"))
                .anyMatch(type -> type.startsWith("text/html"));
        var unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).startsWith("<http").endsWith(">").contains("/v1/notifications/unsubscribe?token=");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(text(mail, "text/plain")).contains("Badge unlocked: First weigh-in", "Unsubscribe:");
        assertThat(text(mail, "text/html")).contains("<a href=\"" + unsubscribe.substring(1, unsubscribe.length() - 1)
                .replace("&", "&amp;"));
    }

    @Test
    void oneClickUnsubscribeWorksWithoutLoginAndStopsThatCategorysEmail() throws Exception {
        var user = registerVerified();
        tell(user, "Challenge won", "won-1");
        jobs.deliverQueuedMail(200);
        var header = TestMailServer.latestMail(user.email(), "Challenge won").getHeader("List-Unsubscribe", null);
        var url = java.net.URI.create(header.substring(1, header.length() - 1));

        // what a mail client does (RFC 8058): POST, form body, no credentials (to this test's port: links
        // name the configured public address)
        var response = api.send(api.request(url.getRawPath() + "?" + url.getRawQuery(), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.data().path("category").asString()).isEqualTo("challenge");
        var channels = api.get("/v1/users/me/notification-preferences", user.accessToken()).data().path("channels");
        assertThat(channels.path("challenge").toString()).isEqualTo("[\"in_app\",\"push\"]");
        assertThat(channels.path("moderation").toString()).contains("email");

        tell(user, "Challenge won again", "won-2");
        jobs.deliverQueuedMail(200);
        notify.notify(new NotifyCommand(UserId.of(user.id()), Category.MODERATION,
                new NotificationContent("Moderation after unsubscribing", "Removed.", null), "mod-1"));
        jobs.deliverQueuedMail(200);
        TestMailServer.latestMail(user.email(), "Moderation after unsubscribing");
        assertThat(TestMailServer.mailCount(user.email(), "Challenge won again")).isZero();
    }

    @Test
    void achievementEmailIsOptInWhileTheCentreShowsEveryBadge() {
        var user = registerVerified();
        var channels = api.get("/v1/users/me/notification-preferences", user.accessToken()).data().path("channels");
        assertThat(channels.path("achievement").toString()).isEqualTo("[\"in_app\",\"push\"]");

        tellAchievement(user, "Badge unlocked: First step", "ach-default");
        jobs.deliverQueuedMail(200);
        assertThat(api.get("/v1/notifications", user.accessToken()).data().path("items").toString())
                .contains("Badge unlocked: First step");

        var put = api.send(api.request("/v1/users/me/notification-preferences", user.accessToken())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"channels": {"achievement": ["in_app", "email"]}}""")));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        tellAchievement(user, "Badge unlocked: Seven in a row", "ach-chosen");
        jobs.deliverQueuedMail(200);
        TestMailServer.latestMail(user.email(), "Badge unlocked: Seven in a row");
        // delivered in order: had the first been mailed, it would be there by now
        assertThat(TestMailServer.mailCount(user.email(), "Badge unlocked: First step")).isZero();
    }

    @Test
    void aTamperedOrForeignTokenIsRefused() {
        var user = register();
        var forged = user.id() + ".CHALLENGE.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        var response = api.post("/v1/notifications/unsubscribe?token=" + forged, "", null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.error().path("code").asString()).isEqualTo("UNSUBSCRIBE_LINK_INVALID");
        assertThat(api.post("/v1/notifications/unsubscribe", "", null).status()).isEqualTo(404);
        assertThat(api.post("/v1/notifications/unsubscribe?token=a.b", "", null).status()).isEqualTo(404);
    }

    @Test
    void theWelcomeArrivesOnceTheAddressIsVerified() {
        var user = registerVerified();

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            jobs.deliverQueuedMail(200);
            return TestMailServer.mailCount(user.email(), "Welcome to Weight Tracker") == 1;
        });
        var centre = api.get("/v1/notifications", user.accessToken()).data();
        assertThat(centre.path("items").get(0).path("category").asString()).isEqualTo("account");
    }

    private void tell(TestUser user, String title, String source) {
        notify.notify(new NotifyCommand(UserId.of(user.id()), Category.CHALLENGE,
                new NotificationContent(title, "Line one.\nLine <two> & more.", "/challenges"), source));
    }

    private void tellAchievement(TestUser user, String title, String source) {
        notify.notify(new NotifyCommand(UserId.of(user.id()), Category.ACHIEVEMENT,
                new NotificationContent(title, "Well done.", null), source));
    }

    private static java.util.List<String> partTypes(MimeMessage mail) throws Exception {
        var types = new java.util.ArrayList<String>();
        collect((Multipart) mail.getContent(), types, null);
        return types;
    }

    private static String text(MimeMessage mail, String type) throws Exception {
        var texts = new java.util.ArrayList<String>();
        collect((Multipart) mail.getContent(), texts, type);
        return String.join("\n", texts);
    }

    /** Content types of every leaf part, or with {@code wanted} the content of those parts. */
    private static void collect(Multipart multipart, java.util.List<String> out, String wanted) throws Exception {
        for (var i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                collect(inner, out, wanted);
            } else if (wanted == null) {
                out.add(part.getContentType());
            } else if (part.isMimeType(wanted)) {
                out.add(part.getContent().toString());
            }
        }
    }
}
