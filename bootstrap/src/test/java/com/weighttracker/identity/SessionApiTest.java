package com.weighttracker.identity;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;

class SessionApiTest extends IntegrationTest {

    @Test
    void logsInWithEmailInAnyCase() {
        var user = register();

        var response = api.post("/v1/auth/login", body("email", user.email().toUpperCase(), "password", PASSWORD),
                null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data().path("user").path("id").asString()).isEqualTo(user.id());
        assertThat(api.get("/v1/users/me", response.data().path("accessToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownEmailAlike() {
        var user = register();

        var wrongPassword = api.post("/v1/auth/login", body("email", user.email(), "password", "Wrong1234"), null);
        var unknownEmail = api.post("/v1/auth/login", body("email", "nobody@example.org", "password", "Wrong1234"),
                null);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(wrongPassword.error().path("message").asString())
                .isEqualTo(unknownEmail.error().path("message").asString());
    }

    @Test
    void refusesALoginWithoutPassword() {
        var response = api.post("/v1/auth/login", body("email", "someone@example.org"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().path("details").get(0).path("field").asString()).isEqualTo("password");
    }

    @Test
    void rotatesTheRefreshTokenAndKillsTheOldOne() {
        var user = register();

        var first = refresh(user.refreshToken());
        var replay = refresh(user.refreshToken());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.data().path("refreshToken").asString()).isNotEqualTo(user.refreshToken());
        assertThat(api.get("/v1/users/me", first.data().path("accessToken").asString()).status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(401);
    }

    @Test
    void revokesTheWholeSessionWhenAUsedRefreshTokenComesBack() {
        var user = register();
        var legitimate = refresh(user.refreshToken()).data().path("refreshToken").asString();

        var attacker = refresh(user.refreshToken());
        var legitimateNext = refresh(legitimate);

        assertThat(attacker.status()).isEqualTo(401);
        assertThat(legitimateNext.status()).as("the stolen family is dead").isEqualTo(401);
    }

    @Test
    void keepsOtherSessionsAliveWhenOneIsRevoked() {
        var user = register();
        var otherDevice = logIn(user);

        refresh(user.refreshToken());
        refresh(user.refreshToken());

        assertThat(refresh(otherDevice.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void refusesARefreshTokenAfterSevenDays() {
        var user = register();

        clock.advance(Duration.ofDays(7).plusSeconds(1));

        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void refusesAnUnknownOrMissingRefreshToken() {
        assertThat(refresh("made-up").status()).isEqualTo(401);
        assertThat(api.post("/v1/auth/refresh", "{}", null).status()).isEqualTo(400);
    }

    @Test
    void logOutEndsThatSessionOnly() {
        var user = register();
        var otherDevice = logIn(user);

        var response = api.post("/v1/auth/logout", body("refreshToken", user.refreshToken()), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(otherDevice.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void logOutEverywhereEndsEverySession() {
        var user = register();
        var otherDevice = logIn(user);

        var response = api.post("/v1/auth/logout-all", "{}", user.accessToken());

        assertThat(response.status()).isEqualTo(200);
        assertThat(refresh(user.refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(otherDevice.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void refusesAnExpiredAccessToken() {
        var user = register();

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        var response = api.get("/v1/users/me", user.accessToken());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void refusesAnExpiredAccessTokenThatWasAcceptedBefore() {
        var user = register();
        assertThat(api.get("/v1/users/me", user.accessToken()).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        var response = api.get("/v1/users/me", user.accessToken());
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void acceptsAnAccessTokenUntilItExpires() {
        var user = register();

        clock.advance(Duration.ofMinutes(14));

        assertThat(api.get("/v1/users/me", user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void acceptsTheBearerSchemeInAnyCase() {
        var user = register();

        var response = api.send(api.request("/v1/users/me", null).header("Authorization", "bEaReR " + user.accessToken()));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void refusesAMalformedBearerHeaderWithTheEnvelope() {
        var user = register();

        for (var header : new String[] { "Bearer", "Bearer ", "Bearer  " + user.accessToken(),
                "Bearer " + user.accessToken() + " trailing", "Bearer abc=def", "Bearer ===" }) {
            var response = api.send(api.request("/v1/users/me", null).header("Authorization", header));
            assertThat(response.status()).as(header).isEqualTo(401);
            assertThat(response.error().path("code").asString()).as(header).isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void treatsAnotherSchemeAsNoToken() {
        var response = api.send(api.request("/v1/users/me", null).header("Authorization", "Basic dXNlcjpwYXNz"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        var user = register();
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var forged = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claimsFor(user));
        forged.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));

        assertThat(api.get("/v1/users/me", forged.serialize()).status()).isEqualTo(401);
    }

    @Test
    void refusesAnUnsignedAlgNoneToken() throws Exception {
        var user = register();
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var payload = encoder.encodeToString(claimsFor(user).toString().getBytes(StandardCharsets.UTF_8));

        assertThat(api.get("/v1/users/me", header + "." + payload + ".").status()).isEqualTo(401);
    }

    @Test
    void refusesAnHmacTokenPretendingToBeOurs() throws Exception {
        var user = register();
        var forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claimsFor(user));
        forged.sign(new MACSigner("a-shared-secret-that-is-long-enough-for-hs256!!".getBytes(StandardCharsets.UTF_8)));

        assertThat(api.get("/v1/users/me", forged.serialize()).status()).isEqualTo(401);
    }

    @Test
    void refusesATamperedToken() {
        var user = register();
        var parts = user.accessToken().split("\\.");
        var decoder = Base64.getUrlDecoder();
        var claims = new String(decoder.decode(parts[1]), StandardCharsets.UTF_8).replace("\"email_verified\":false",
                "\"email_verified\":true");
        var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(api.get("/v1/users/me", tampered).status()).isEqualTo(401);
    }

    @Test
    void refusesProtectedEndpointsWithoutToken() {
        var response = api.get("/v1/users/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body().path("success").asBoolean()).isFalse();
        assertThat(response.error().path("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    private com.weighttracker.support.Api.Response refresh(String refreshToken) {
        return api.post("/v1/auth/refresh", body("refreshToken", refreshToken), null);
    }

    private static JWTClaimsSet claimsFor(TestUser user) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder().issuer("weight-tracker").subject(user.id()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).claim("email_verified", true).build();
    }
}
