package com.weighttracker.identity;

import static com.weighttracker.identity.IdentityAssertions.assertError;
import static com.weighttracker.identity.IdentityAssertions.assertSuccess;
import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestMailServer;
import com.weighttracker.support.TestUser;

class AccountDeletionApiTest extends IntegrationTest {

    private static final String ME = "/v1/users/me";

    @Autowired
    private PurgeDeletedAccountsUseCase purge;

    @Test
    void aDeletedAccountVanishesAtOnceAndItsSessionsEnd() {
        var viewer = register();
        var user = register();
        assertSuccess(api.get("/v1/users/" + user.id(), viewer.accessToken()), 200);

        var deleted = assertSuccess(api.delete(ME, user.accessToken()), 200);

        assertThat(deleted.path("message").asString()).contains("30 days");
        assertError(api.get("/v1/users/" + user.id(), viewer.accessToken()), 404, "NOT_FOUND");
        assertError(api.get(ME, user.accessToken()), 401, "UNAUTHORIZED");
        assertError(api.patch(ME, body("displayName", "Ghost"), user.accessToken()), 401, "UNAUTHORIZED");
        assertError(api.post("/v1/auth/refresh", body("refreshToken", user.refreshToken()), null), 401,
                "UNAUTHORIZED");
    }

    @Test
    void aWrongPasswordDuringTheGracePeriodRestoresNothing() {
        var viewer = register();
        var user = register();
        assertSuccess(api.delete(ME, user.accessToken()), 200);

        var wrong = api.post("/v1/auth/login", body("email", user.email(), "password", "WrongPass9"), null);

        assertError(wrong, 401, "UNAUTHORIZED");
        assertError(api.get("/v1/users/" + user.id(), viewer.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void aDeletedAccountGetsNoResetMail() {
        var user = register();
        // the verification mail is sent after registration commits: count only once it is in
        TestMailServer.latestMail(user.email(), IdentityAssertions.VERIFY_SUBJECT);
        assertSuccess(api.delete(ME, user.accessToken()), 200);
        var mailsBefore = TestMailServer.mailCount(user.email());

        var response = api.post("/v1/auth/forgot-password", body("email", user.email()), null);

        assertThat(assertSuccess(response, 202).path("message").asString())
                .isEqualTo("If the address has an account, a reset link is on its way.");
        IdentityAssertions.pause(500);
        assertThat(TestMailServer.mailCount(user.email())).isEqualTo(mailsBefore);
    }

    @Test
    void deletingTwiceIsRefusedTheSecondTimeForTheSessionHasEnded() {
        var user = register();
        assertSuccess(api.delete(ME, user.accessToken()), 200);

        assertError(api.delete(ME, user.accessToken()), 401, "UNAUTHORIZED");
    }

    @Test
    void loggingInWithinTheGracePeriodRestoresTheAccountAndCancelsThePurge() {
        var viewer = register();
        var user = register();
        assertSuccess(api.patch(ME, body("displayName", "Comeback Kid"), user.accessToken()), 200);
        assertSuccess(api.delete(ME, user.accessToken()), 200);
        clock.advance(Duration.ofDays(29));
        var freshViewer = logIn(viewer);

        var login = api.post("/v1/auth/login", body("email", user.email(), "password", user.password()), null);

        var session = assertSuccess(login, 200);
        assertThat(session.path("user").path("id").asString()).isEqualTo(user.id());
        var card = assertSuccess(api.get("/v1/users/" + user.id(), freshViewer.accessToken()), 200);
        assertThat(card.path("displayName").asString()).isEqualTo("Comeback Kid");
        var me = assertSuccess(api.get(ME, session.path("accessToken").asString()), 200);
        assertThat(me.path("email").asString()).isEqualTo(user.email());
        assertSuccess(api.post("/v1/auth/refresh", body("refreshToken", session.path("refreshToken").asString()),
                null), 200);

        clock.advance(Duration.ofDays(2));
        purge.purgeDue();

        assertSuccess(api.post("/v1/auth/login", body("email", user.email(), "password", user.password()), null),
                200);
    }

    @Test
    void afterThirtyDaysThePurgeRemovesTheAccountForGood() {
        TestUser user = register();
        assertSuccess(api.delete(ME, user.accessToken()), 200);
        var takenMeanwhile = api.post("/v1/auth/register", body("email", user.email(), "username",
                user.username(), "password", PASSWORD), null);
        assertError(takenMeanwhile, 409, "CONFLICT");

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        assertThat(purge.purgeDue()).isGreaterThanOrEqualTo(1);

        assertError(api.post("/v1/auth/login", body("email", user.email(), "password", user.password()), null), 401,
                "UNAUTHORIZED");
        var again = api.post("/v1/auth/register", body("email", user.email(), "username", user.username(),
                "password", "Another123"), null);
        var session = assertSuccess(again, 201);
        assertThat(session.path("user").path("id").asString()).isNotEqualTo(user.id());
        assertThat(session.path("user").path("email").asString()).isEqualTo(user.email());
        assertThat(session.path("user").path("username").asString()).isEqualTo(user.username());
        assertThat(session.path("user").hasNonNull("displayName")).isFalse();
        var newcomer = register();
        assertError(api.get("/v1/users/" + user.id(), newcomer.accessToken()), 404, "NOT_FOUND");
    }

    @Test
    void theGracePeriodIsNotOverAMinuteBeforeThirtyDays() {
        var user = register();
        assertSuccess(api.delete(ME, user.accessToken()), 200);

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        purge.purgeDue();

        var login = api.post("/v1/auth/login", body("email", user.email(), "password", user.password()), null);
        assertThat(assertSuccess(login, 200).path("user").path("id").asString()).isEqualTo(user.id());
    }
}
