package com.weighttracker.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Pattern;

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
import com.weighttracker.support.TestUser;

/**
 * The unsubscribe page for people: the e-mail's link opens a page (no login) that changes nothing until
 * its button is pressed; the button's POST turns that category's e-mail off and answers with a page.
 */
class UnsubscribePageApiTest extends IntegrationTest {

    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    @Autowired
    private NotifyUseCase notify;

    @Autowired
    private DeliveryJobsUseCase jobs;

    @Test
    void theLinkOpensAPageThatAsksFirstAndItsButtonUnsubscribes() {
        var user = registerVerified();
        var link = linkOfAMail(user, "Challenge won", "page-won-1");

        var page = browserGet(link);

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.raw().body()).contains("Stop e-mails about <strong>challenge</strong>?",
                "<button type=\"submit\">Unsubscribe</button>");
        assertThat(emailChannelsOf(user)).as("opening the page changes nothing").contains("email");

        var action = FORM_ACTION.matcher(page.raw().body());
        assertThat(action.find()).as(page.raw().body()).isTrue();
        assertThat(action.group(1)).startsWith("/v1/notifications/unsubscribe/confirm?token=");
        var done = browserPost(action.group(1).replace("&amp;", "&"));

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.header("Content-Type")).startsWith("text/html");
        assertThat(done.raw().body()).contains("no more e-mails about <strong>challenge</strong>");
        assertThat(emailChannelsOf(user)).isEqualTo("[\"in_app\",\"push\"]");
        assertThat(browserPost(action.group(1).replace("&amp;", "&")).status()).as("pressing twice is fine")
                .isEqualTo(200);
    }

    @Test
    void aTokenWeDidNotSignGetsAPageThatSaysSoAndChangesNothing() {
        var user = registerVerified();
        var forged = user.id() + ".CHALLENGE.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

        var page = browserGet("/v1/notifications/unsubscribe?token=" + forged);
        var confirm = browserPost("/v1/notifications/unsubscribe/confirm?token=" + forged);
        var hostile = browserGet("/v1/notifications/unsubscribe?token=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        var none = browserGet("/v1/notifications/unsubscribe");

        for (var response : java.util.List.of(page, confirm, hostile, none)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("text/html");
            assertThat(response.raw().body()).contains("This unsubscribe link is not valid").doesNotContain("<script");
        }
        assertThat(emailChannelsOf(user)).contains("email");
    }

    private String linkOfAMail(TestUser user, String title, String source) {
        notify.notify(new NotifyCommand(UserId.of(user.id()), Category.CHALLENGE,
                new NotificationContent(title, "Well done.", "/challenges"), source));
        jobs.deliverQueuedMail(200);
        try {
            var header = TestMailServer.latestMail(user.email(), title).getHeader("List-Unsubscribe", null);
            // links name the configured public address: the same path and query on this test's port
            var url = URI.create(header.substring(1, header.length() - 1));
            return url.getRawPath() + "?" + url.getRawQuery();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Response browserGet(String path) {
        return api.send(api.request(path, null).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    private Api.Response browserPost(String path) {
        return api.send(api.request(path, null).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String emailChannelsOf(TestUser user) {
        return api.get("/v1/users/me/notification-preferences", user.accessToken()).data().path("channels")
                .path("challenge").toString();
    }
}
