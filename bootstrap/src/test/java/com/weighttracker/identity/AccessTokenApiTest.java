package com.weighttracker.identity;

import static com.weighttracker.identity.IdentityAssertions.assertError;
import static com.weighttracker.identity.IdentityAssertions.assertSuccess;
import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.weighttracker.support.Api;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;
import com.weighttracker.support.TestUser;

/**
 * The access-token check every inbound adapter shares (ADR 4): the claims a token must carry, and
 * revocation of every session (logout everywhere, new password, deleted account) within seconds.
 * Tokens are signed with the application's own key, so only the claim under test is wrong.
 */
class AccessTokenApiTest extends IntegrationTest {

    private static final String ME = "/v1/users/me";

    @Autowired
    private RSAKey accessTokenKey;

    @Autowired
    private AccessTokenAuthentication accessTokens;

    @Test
    void acceptsATokenSignedWithOurKeyWithEveryClaimRight() throws Exception {
        var user = register();

        assertSuccess(api.get(ME, signed(user, claims -> { })), 200);
    }

    @Test
    void refusesATokenWithoutExpiry() throws Exception {
        var user = register();

        assertRefused(api.get(ME, signed(user, claims -> claims.expirationTime(null))), "The access token is invalid.");
    }

    @Test
    void refusesATokenWithoutIssueTime() throws Exception {
        var user = register();

        assertRefused(api.get(ME, signed(user, claims -> claims.issueTime(null))), "The access token is invalid.");
    }

    @Test
    void refusesATokenIssuedInTheFuture() throws Exception {
        var user = register();
        var later = clock.instant().plus(Duration.ofHours(1));

        var token = signed(user, claims -> claims.issueTime(Date.from(later))
                .expirationTime(Date.from(later.plus(Duration.ofMinutes(15)))));

        assertRefused(api.get(ME, token), "The access token is invalid.");
    }

    @Test
    void refusesATokenThatLivesTenYears() throws Exception {
        var user = register();

        var tenYears = Date.from(clock.instant().plus(Duration.ofDays(3653)));

        var token = signed(user, claims -> claims.expirationTime(tenYears));

        assertRefused(api.get(ME, token), "The access token is invalid.");
    }

    @Test
    void refusesATokenWhoseSubjectIsNotAUserId() throws Exception {
        var user = register();

        for (var subject : new String[] { "admin", "1-1-1-1-1", "", "../" + user.id() }) {
            assertRefused(api.get(ME, signed(user, claims -> claims.subject(subject))), "The access token is invalid.");
            assertRefused(api.post("/v1/weight-entries", body("weight", 80, "unit", "kg"),
                    signed(user, claims -> claims.subject(subject))), "The access token is invalid.");
        }
    }

    @Test
    void refusesATokenOfAnotherIssuer() throws Exception {
        var user = register();

        var token = signed(user, claims -> claims.issuer("someone-else"));

        assertRefused(api.get(ME, token), "The access token is invalid.");
    }

    @Test
    void refusesAForgedTokenAndGarbageWithTheEnvelope() {
        var user = register();
        var parts = user.accessToken().split("\\.");

        assertRefused(api.get(ME, parts[0] + "." + parts[1] + ".c2lnbmF0dXJl"), "The access token is invalid.");
        assertRefused(api.get(ME, "not-a-token"), "The access token is invalid.");
    }

    @Test
    void tellsTheClientToRefreshAnExpiredToken() {
        var user = register();

        clock.advance(Duration.ofMinutes(16));

        assertRefused(api.get(ME, user.accessToken()), "The access token has expired: refresh the session.");
    }

    @Test
    void logOutEverywhereEndsTheAccessTokensOfEveryDeviceAtOnce() {
        var user = register();
        var otherDevice = logIn(user);
        assertSuccess(api.get(ME, otherDevice.accessToken()), 200);

        assertSuccess(api.post("/v1/auth/logout-all", "{}", user.accessToken()), 200);

        assertRefused(api.get(ME, user.accessToken()), "The session has ended: sign in again.");
        assertRefused(api.get(ME, otherDevice.accessToken()), "The session has ended: sign in again.");
        var again = logIn(user);
        assertSuccess(api.get(ME, again.accessToken()), 200);
    }

    @Test
    void aPasswordChangeEndsOtherSessionsButNotTheOneItHandsOut() {
        var user = register();
        var otherDevice = logIn(user);

        var changed = assertSuccess(api.post(ME + "/password",
                body("currentPassword", user.password(), "newPassword", "Changed123"), user.accessToken()), 200);

        assertRefused(api.get(ME, user.accessToken()), "The session has ended: sign in again.");
        assertRefused(api.get(ME, otherDevice.accessToken()), "The session has ended: sign in again.");
        assertSuccess(api.get(ME, changed.path("accessToken").asString()), 200);
    }

    @Test
    void aPasswordResetEndsTheAccessTokensOfEverySession() {
        var user = register();
        assertSuccess(api.post("/v1/auth/forgot-password", body("email", user.email()), null), 202);
        var reset = TestMailServer.tokenIn(TestMailServer.latestMail(user.email(), IdentityAssertions.RESET_SUBJECT));

        assertSuccess(api.post("/v1/auth/reset-password", body("token", reset, "password", "Reset1234"), null), 200);

        assertRefused(api.get(ME, user.accessToken()), "The session has ended: sign in again.");
    }

    /** What the STOMP CONNECT frame will call (the messaging issue builds the endpoint). */
    @Test
    void thePublishedCheckRefusesARevokedUsersTokenWithinSeconds() {
        var user = register();
        assertThat(accessTokens.authenticate(user.accessToken()))
                .isInstanceOfSatisfying(AccessTokenVerdict.Authenticated.class,
                        accepted -> assertThat(accepted.user().userId().toString()).isEqualTo(user.id()));

        assertSuccess(api.post("/v1/auth/logout-all", "{}", user.accessToken()), 200);

        assertThat(accessTokens.authenticate(user.accessToken()))
                .isEqualTo(new AccessTokenVerdict.Rejected(AccessTokenRejection.REVOKED));
        assertThat(accessTokens.authenticate("garbage"))
                .isEqualTo(new AccessTokenVerdict.Rejected(AccessTokenRejection.INVALID));
        assertThat(accessTokens.authenticate(null))
                .isEqualTo(new AccessTokenVerdict.Rejected(AccessTokenRejection.INVALID));
    }

    @Test
    void aDeletedUsersTokenIsRefusedAndWorksAgainOnlyAfterSigningInAgain() {
        var user = register();

        assertSuccess(api.delete(ME, user.accessToken()), 200);

        assertRefused(api.get(ME, user.accessToken()), "The session has ended: sign in again.");
        var back = logIn(user);
        assertSuccess(api.get(ME, back.accessToken()), 200);
    }

    private static void assertRefused(Api.Response response, String message) {
        var error = assertError(response, 401, "UNAUTHORIZED");
        assertThat(error.path("message").asString()).isEqualTo(message);
    }

    /** A token as we issue it for the user, signed with our key, then changed by {@code change}. */
    private String signed(TestUser user, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder().issuer("weight-tracker").subject(user.id())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("preferred_username", user.username()).claim("email_verified", false);
        change.accept(claims);
        var token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(accessTokenKey.getKeyID()).build(),
                claims.build());
        token.sign(new RSASSASigner(accessTokenKey));
        return token.serialize();
    }

}
