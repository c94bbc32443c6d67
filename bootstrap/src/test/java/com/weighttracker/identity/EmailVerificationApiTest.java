package com.weighttracker.identity;

import static com.weighttracker.identity.IdentityAssertions.VERIFY_SUBJECT;
import static com.weighttracker.identity.IdentityAssertions.assertError;
import static com.weighttracker.identity.IdentityAssertions.assertInvalidField;
import static com.weighttracker.identity.IdentityAssertions.assertSuccess;
import static com.weighttracker.identity.IdentityAssertions.claims;
import static com.weighttracker.identity.IdentityAssertions.newMail;
import static com.weighttracker.identity.IdentityAssertions.nextSecond;
import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;
import com.weighttracker.support.TestUser;

import jakarta.mail.internet.MimeMessage;

class EmailVerificationApiTest extends IntegrationTest {

    private static final String VERIFY = "/v1/auth/verify-email";
    private static final String RESEND = "/v1/auth/resend-verification";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Test
    void theMailLinkVerifiesTheAddressAndNewTokensSaySo() {
        var user = register();
        assertThat(claims(user.accessToken()).path("email_verified").asBoolean(true)).isFalse();

        var mail = TestMailServer.latestMail(user.email(), VERIFY_SUBJECT);

        assertThat(links(mail)).hasSize(1);
        var link = TestMailServer.linkIn(mail);
        assertThat(link).startsWith("http://localhost:8080/v1/auth/verify-email?token=");
        assertThat(GreenMailUtil.getBody(mail)).contains(user.username());
        var uri = URI.create(link);

        var verified = assertSuccess(api.get(uri.getRawPath() + "?" + uri.getRawQuery(), null), 200);

        assertThat(verified.path("message").asString()).isEqualTo("E-mail address verified.");
        var again = logIn(user);
        var me = assertSuccess(api.get("/v1/users/me", again.accessToken()), 200);
        assertThat(me.path("emailVerified").asBoolean(false)).isTrue();
        var claims = claims(again.accessToken());
        assertThat(claims.path("email_verified").asBoolean(false)).isTrue();
        assertThat(claims.path("sub").asString()).isEqualTo(user.id());
    }

    @Test
    void anAccessTokenFromBeforeTheVerificationNeedsNoRefreshForVerifiedOnlyFeatures() {
        var user = register();
        var createTeam = body("name", "Verified " + user.username(), "visibility", "public");
        assertError(api.post("/v1/teams", createTeam, user.accessToken()), 403, "EMAIL_NOT_VERIFIED");
        var token = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), VERIFY_SUBJECT));

        assertSuccess(api.post(VERIFY, body("token", token), null), 200);

        assertThat(claims(user.accessToken()).path("email_verified").asBoolean(true)).isFalse();
        assertSuccess(api.post("/v1/teams", createTeam, user.accessToken()), 201);
    }

    @Test
    void aVerificationTokenWorksOnce() {
        var user = register();
        var token = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), VERIFY_SUBJECT));
        assertSuccess(api.post(VERIFY, body("token", token), null), 200);

        var second = api.post(VERIFY, body("token", token), null);

        assertThat(assertInvalidField(second, "token")).contains("invalid or has expired");
        assertInvalidField(api.get(VERIFY + "?token=" + token, null), "token");
    }

    @Test
    void anUnknownTokenIsRefused() {
        var response = api.post(VERIFY, body("token", "made-up-token-that-was-never-issued"), null);

        assertThat(assertInvalidField(response, "token")).contains("invalid or has expired");
        assertInvalidField(api.get(VERIFY + "?token=made-up", null), "token");
    }

    @Test
    void aMissingTokenIsRefused() {
        assertThat(assertInvalidField(api.post(VERIFY, "{}", null), "token")).isEqualTo("token is required");
        assertThat(assertInvalidField(api.post(VERIFY, body("token", ""), null), "token"))
                .isEqualTo("token is required");
        assertInvalidField(api.get(VERIFY, null), "token");
    }

    @Test
    void resendingSendsANewMailAndKillsTheOlderLink() {
        var user = register();
        var older = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), VERIFY_SUBJECT));
        nextSecond();

        var resent = assertSuccess(api.post(RESEND, "", user.accessToken()), 202);

        assertThat(resent.path("message").asString()).isEqualTo("Verification e-mail sent.");
        var newer = TestMailServer.tokenIn(newMail(user.email(), VERIFY_SUBJECT, older));
        assertThat(newer).isNotEqualTo(older);
        assertInvalidField(api.post(VERIFY, body("token", older), null), "token");
        assertSuccess(api.post(VERIFY, body("token", newer), null), 200);
        assertThat(assertSuccess(api.get("/v1/users/me", user.accessToken()), 200).path("emailVerified")
                .asBoolean(false)).isTrue();
    }

    @Test
    void resendingForAVerifiedAccountIsAConflict() {
        TestUser user = registerVerified();
        // a verified user also gets notifications' welcome, in its own time: count verification mails only
        var mailsBefore = TestMailServer.mailCount(user.email(), IdentityAssertions.VERIFY_SUBJECT);

        var response = api.post(RESEND, "", user.accessToken());

        var error = assertError(response, 409, "CONFLICT");
        assertThat(IdentityAssertions.fields(error)).containsExactly("email");
        IdentityAssertions.pause(300);
        assertThat(TestMailServer.mailCount(user.email(), IdentityAssertions.VERIFY_SUBJECT)).isEqualTo(mailsBefore);
    }

    @Test
    void resendingNeedsAToken() {
        assertError(api.post(RESEND, "", null), 401, "UNAUTHORIZED");
    }

    @Test
    void aVerificationLinkExpiresAfter24Hours() {
        var user = register();
        var token = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), VERIFY_SUBJECT));

        clock.advance(Duration.ofHours(25));
        var late = api.post(VERIFY, body("token", token), null);

        assertThat(assertInvalidField(late, "token")).contains("invalid or has expired");
        var me = assertSuccess(api.get("/v1/users/me", logIn(user).accessToken()), 200);
        assertThat(me.path("emailVerified").asBoolean(true)).isFalse();
    }

    @Test
    void aVerificationLinkStillWorksAfter23Hours() {
        var user = register();
        var token = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), VERIFY_SUBJECT));

        clock.advance(Duration.ofHours(23));

        assertSuccess(api.post(VERIFY, body("token", token), null), 200);
    }

    /** The distinct links of the mail: its text and HTML parts show the same one (an href ends at its quote). */
    private static List<String> links(MimeMessage mail) {
        return LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "")).results()
                .map(MatchResult::group).map(link -> link.replaceAll("\"$", "")).distinct().toList();
    }
}
