package com.weighttracker.identity;

import static com.weighttracker.identity.IdentityAssertions.RESET_SUBJECT;
import static com.weighttracker.identity.IdentityAssertions.assertError;
import static com.weighttracker.identity.IdentityAssertions.assertInvalidField;
import static com.weighttracker.identity.IdentityAssertions.assertSuccess;
import static com.weighttracker.identity.IdentityAssertions.newMail;
import static com.weighttracker.identity.IdentityAssertions.nextSecond;
import static com.weighttracker.identity.IdentityAssertions.pause;
import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;
import com.weighttracker.support.TestUser;

class PasswordApiTest extends IntegrationTest {

    private static final String FORGOT = "/v1/auth/forgot-password";
    private static final String RESET = "/v1/auth/reset-password";
    private static final String CHANGE = "/v1/users/me/password";
    private static final String SAME_ANSWER = "If the address has an account, a reset link is on its way.";

    @Test
    void aResetMailLinkSetsANewPasswordAndEndsEverySession() {
        var user = register();
        var otherDevice = logIn(user);

        var requested = assertSuccess(api.post(FORGOT, body("email", user.email()), null), 202);

        assertThat(requested.path("message").asString()).isEqualTo(SAME_ANSWER);
        var mail = TestMailServer.latestMail(user.email(), RESET_SUBJECT);
        var link = TestMailServer.linkIn(mail);
        var token = TestMailServer.tokenIn(mail);
        assertThat(link).startsWith("http://localhost:8080/reset-password?token=").endsWith(token);
        assertThat(token).isNotBlank();

        var reset = assertSuccess(api.post(RESET, body("token", token, "password", "NewSecret456"), null), 200);

        assertThat(reset.path("message").asString()).contains("log in with your new password");
        assertSuccess(login(user.email(), "NewSecret456"), 200);
        assertError(login(user.email(), user.password()), 401, "UNAUTHORIZED");
        assertError(refresh(user.refreshToken()), 401, "UNAUTHORIZED");
        assertError(refresh(otherDevice.refreshToken()), 401, "UNAUTHORIZED");
    }

    @Test
    void aResetTokenWorksOnce() {
        var user = register();
        var token = resetToken(user);
        assertSuccess(api.post(RESET, body("token", token, "password", "NewSecret456"), null), 200);

        var again = api.post(RESET, body("token", token, "password", "Another789"), null);

        assertThat(assertInvalidField(again, "token")).contains("invalid or has expired");
        assertSuccess(login(user.email(), "NewSecret456"), 200);
        assertError(login(user.email(), "Another789"), 401, "UNAUTHORIZED");
    }

    @Test
    void aResetLinkExpiresAfterOneHour() {
        var user = register();
        var token = resetToken(user);

        clock.advance(Duration.ofMinutes(61));
        var late = api.post(RESET, body("token", token, "password", "NewSecret456"), null);

        assertThat(assertInvalidField(late, "token")).contains("invalid or has expired");
        assertSuccess(login(user.email(), user.password()), 200);
    }

    @Test
    void aResetLinkStillWorksJustBeforeTheHourIsOver() {
        var user = register();
        var token = resetToken(user);

        clock.advance(Duration.ofMinutes(59));

        assertSuccess(api.post(RESET, body("token", token, "password", "NewSecret456"), null), 200);
        assertSuccess(login(user.email(), "NewSecret456"), 200);
    }

    @Test
    void aNewerResetMailKillsTheOlderLink() {
        var user = register();
        var older = resetToken(user);
        nextSecond();

        assertSuccess(api.post(FORGOT, body("email", user.email()), null), 202);
        var newer = TestMailServer.tokenIn(newMail(user.email(), RESET_SUBJECT, older));

        assertInvalidField(api.post(RESET, body("token", older, "password", "NewSecret456"), null), "token");
        assertSuccess(api.post(RESET, body("token", newer, "password", "NewSecret456"), null), 200);
        assertSuccess(login(user.email(), "NewSecret456"), 200);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        var known = register();
        var unknown = "nobody_" + System.nanoTime() + "@example.org";

        var response = api.post(FORGOT, body("email", unknown), null);

        assertThat(assertSuccess(response, 202).path("message").asString()).isEqualTo(SAME_ANSWER);
        // a mail for a known address, requested afterwards, has arrived: one for the unknown one would have too
        assertSuccess(api.post(FORGOT, body("email", known.email()), null), 202);
        TestMailServer.latestMail(known.email(), RESET_SUBJECT);
        pause(500);
        assertThat(TestMailServer.mailCount(unknown)).isZero();
    }

    @Test
    void aMalformedAddressIsRefused() {
        var response = api.post(FORGOT, body("email", "not-an-email"), null);

        assertThat(assertInvalidField(response, "email")).isEqualTo("email must be a valid e-mail address");
        assertInvalidField(api.post(FORGOT, body("email", null), null), "email");
    }

    @Test
    void changingThePasswordRefusesTheLastThreePasswords() {
        var user = register();
        var a = user.password();
        var afterB = changePassword(user, a, "SecondPass2");
        var afterC = changePassword(afterB, "SecondPass2", "ThirdPass3");

        for (var recent : new String[] { a, "SecondPass2", "ThirdPass3" }) {
            var refused = api.post(CHANGE, body("currentPassword", "ThirdPass3", "newPassword", recent),
                    afterC.accessToken());
            assertThat(assertInvalidField(refused, "newPassword")).as(recent).contains("last 3 passwords");
        }
        assertSuccess(login(user.email(), "ThirdPass3"), 200);

        var afterD = changePassword(afterC, "ThirdPass3", "FourthPass4");

        assertSuccess(login(user.email(), "FourthPass4"), 200);
        assertError(login(user.email(), "ThirdPass3"), 401, "UNAUTHORIZED");
        // A is now the fourth-last password, so it may come back
        changePassword(afterD, "FourthPass4", a);
        assertSuccess(login(user.email(), a), 200);
    }

    @Test
    void aResetRefusesARecentPasswordWithoutUsingUpTheLink() {
        var user = register();
        changePassword(user, user.password(), "SecondPass2");
        var token = resetToken(user);

        var current = api.post(RESET, body("token", token, "password", "SecondPass2"), null);
        var previous = api.post(RESET, body("token", token, "password", user.password()), null);

        assertThat(assertInvalidField(current, "password")).contains("last 3 passwords");
        assertThat(assertInvalidField(previous, "password")).contains("last 3 passwords");
        assertSuccess(api.post(RESET, body("token", token, "password", "ThirdPass3"), null), 200);
        assertSuccess(login(user.email(), "ThirdPass3"), 200);
    }

    @Test
    void aResetRefusesAWeakPassword() {
        var user = register();
        var token = resetToken(user);

        var weak = api.post(RESET, body("token", token, "password", "weak"), null);

        assertThat(assertInvalidField(weak, "password")).isEqualTo("password must be at least 8 characters");
        assertSuccess(api.post(RESET, body("token", token, "password", "NewSecret456"), null), 200);
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        var user = register();

        var response = api.post(CHANGE, body("currentPassword", "WrongPass9", "newPassword", "NewSecret456"),
                user.accessToken());

        assertThat(assertInvalidField(response, "currentPassword")).isEqualTo("currentPassword is wrong");
        assertSuccess(login(user.email(), user.password()), 200);
        assertError(login(user.email(), "NewSecret456"), 401, "UNAUTHORIZED");
        assertSuccess(refresh(user.refreshToken()), 200);
    }

    @Test
    void aWeakNewPasswordIsRefused() {
        var user = register();

        var tooShort = api.post(CHANGE, body("currentPassword", user.password(), "newPassword", "Ab1"),
                user.accessToken());
        var noDigit = api.post(CHANGE, body("currentPassword", user.password(), "newPassword", "NoDigitsHere"),
                user.accessToken());

        assertThat(assertInvalidField(tooShort, "newPassword")).isEqualTo("password must be at least 8 characters");
        assertThat(assertInvalidField(noDigit, "newPassword"))
                .isEqualTo("password must contain an upper-case letter, a lower-case letter and a digit");
        assertSuccess(login(user.email(), user.password()), 200);
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() {
        var user = register();
        var secondDevice = logIn(user);

        var changed = changePassword(user, user.password(), "NewSecret456");

        assertError(refresh(secondDevice.refreshToken()), 401, "UNAUTHORIZED");
        assertError(refresh(user.refreshToken()), 401, "UNAUTHORIZED");
        assertSuccess(api.get("/v1/users/me", changed.accessToken()), 200);
        assertSuccess(refresh(changed.refreshToken()), 200);
    }

    @Test
    void changingThePasswordNeedsAToken() {
        var response = api.post(CHANGE, body("currentPassword", PASSWORD, "newPassword", "NewSecret456"), null);

        assertError(response, 401, "UNAUTHORIZED");
    }

    /** Changes the password and returns the user with the fresh tokens the answer carries. */
    private TestUser changePassword(TestUser user, String current, String next) {
        var response = api.post(CHANGE, body("currentPassword", current, "newPassword", next), user.accessToken());
        var tokens = assertSuccess(response, 200);
        assertThat(tokens.path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("accessToken").asString()).isNotBlank().isNotEqualTo(user.accessToken());
        assertThat(tokens.path("refreshToken").asString()).isNotBlank().isNotEqualTo(user.refreshToken());
        return new TestUser(user.id(), user.email(), user.username(), next, tokens.path("accessToken").asString(),
                tokens.path("refreshToken").asString());
    }

    private String resetToken(TestUser user) {
        assertSuccess(api.post(FORGOT, body("email", user.email()), null), 202);
        return TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), RESET_SUBJECT));
    }

    private Api.Response login(String email, String password) {
        return api.post("/v1/auth/login", body("email", email, "password", password), null);
    }

    private Api.Response refresh(String refreshToken) {
        return api.post("/v1/auth/refresh", body("refreshToken", refreshToken), null);
    }
}
