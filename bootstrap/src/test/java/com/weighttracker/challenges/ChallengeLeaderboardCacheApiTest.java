package com.weighttracker.challenges;

import static com.weighttracker.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.weighttracker.challenges.application.port.in.CompleteChallengesUseCase;
import com.weighttracker.challenges.application.port.in.ForgetParticipantUseCase;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.JsonNode;

/**
 * The challenge leaderboard is computed once per challenge and UTC day and cached (ADR 25, as team
 * boards in ADR 14): a row changed behind the cache's back is not seen until something that moves the
 * board evicts it — the progress watcher's batch, a join, a leave, an edit, completion, a forgotten
 * participant, a participant's profile or privacy change. Privacy is applied per viewer to the cached
 * lines, outsiders of a team challenge still get 404, and pages are cut from the cached board.
 */
class ChallengeLeaderboardCacheApiTest extends ChallengesApiTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    private CompleteChallengesUseCase completion;
    @Autowired
    private ForgetParticipantUseCase forget;

    @Test
    void theBoardIsServedFromTheCacheUntilAJoinEvictsIt() {
        var start = noon();
        var creator = registerVerified();
        var first = showingWeights(registerVerified());
        var id = create(creator, challenge(start, start.plusDays(28)));
        weighDaily(first, start.minusDays(3), start.minusDays(1), day -> 80);
        join(id, first);
        awaitProgress(first); // a later batch of the progress watcher would evict the board below
        assertThat(standingOf(leaderboard(id, creator), first).path("reachedTarget").asBoolean()).isFalse();

        reachedBehindTheCachesBack(id, first);
        assertThat(standingOf(leaderboard(id, creator), first).path("reachedTarget").asBoolean())
                .as("served from the cache").isFalse();

        var second = registerVerified();
        weighDaily(second, start.minusDays(3), start.minusDays(1), day -> 90);
        join(id, second);
        awaitReachedShown(id, creator, first);
        assertThat(leaderboard(id, creator).path("entries")).hasSize(2);
    }

    @Test
    void aLeaveEvictsTheBoard() {
        var start = noon();
        var creator = registerVerified();
        var staying = registerVerified();
        var leaving = registerVerified();
        var id = create(creator, challenge(start, start.plusDays(28)));
        for (var user : new TestUser[] { staying, leaving }) {
            weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 80);
            join(id, user);
        }
        assertThat(leaderboard(id, creator).path("entries")).hasSize(2);
        reachedBehindTheCachesBack(id, staying);

        assertSuccess(api.post("/v1/challenges/" + id + "/leave", "", leaving.accessToken()), 200);

        awaitReachedShown(id, creator, staying);
        assertThat(userIds(leaderboard(id, creator))).containsExactly(staying.id());
    }

    @Test
    void anEditEvictsTheBoard() {
        var start = noon();
        var creator = registerVerified();
        var user = registerVerified();
        var id = create(creator, challenge(start, start.plusDays(28)));
        weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 80);
        join(id, user);
        leaderboard(id, creator);
        reachedBehindTheCachesBack(id, user);

        assertSuccess(api.patch("/v1/challenges/" + id, body("name", "Renamed"), creator.accessToken()), 200);

        awaitReachedShown(id, creator, user);
    }

    @Test
    void theProgressWatchersBatchEvictsTheBoard() {
        var start = noon();
        var creator = registerVerified();
        var user = showingWeights(registerVerified());
        var id = create(creator, challenge(start, start.plusDays(28)));
        weighDaily(user, start.minusDays(7), start.minusDays(1), day -> 90);
        join(id, user);
        clock.advance(Duration.ofDays(3));
        var viewer = logIn(creator);
        var before = standingOf(leaderboard(id, viewer), user);
        assertThat(before.path("lostKg").asDouble()).isZero();

        weighDaily(user, start.plusDays(1), start.plusDays(3), day -> 88);
        awaitProgress(user);

        await().atMost(PATIENCE).until(() -> standingOf(leaderboard(id, viewer), user).path("lostKg").asDouble() > 0);
        assertThat(standingOf(leaderboard(id, viewer), user).path("percentLost").decimalValue().signum()).isPositive();
    }

    @Test
    void completionByTheEndOfChallengeJobEvictsTheBoard() {
        var start = noon();
        var creator = registerVerified();
        var user = registerVerified();
        var id = create(creator, challenge(start, start.plusDays(1)));
        weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 80);
        join(id, user);
        awaitProgress(user);
        // a minute before the last day is over everywhere (in UTC-12: noon UTC the day after), the
        // board of that UTC day is cached; the application's own end-of-challenge job (every 500 ms
        // in tests) cannot complete the challenge yet
        clock.advance(Duration.ofDays(2).minusMinutes(1));
        var viewer = logIn(creator);
        leaderboard(id, viewer);
        reachedBehindTheCachesBack(id, user);

        clock.advance(Duration.ofMinutes(1));
        completion.completeEnded(); // or the application's job, whichever comes first: both evict
        assertThat(assertSuccess(api.get("/v1/challenges/" + id, viewer.accessToken()), 200).path("status")
                .asString()).isEqualTo("completed");

        awaitReachedShown(id, viewer, user);
    }

    @Test
    void aForgottenParticipantLeavesTheCachedBoard() {
        var start = noon();
        var creator = registerVerified();
        var staying = registerVerified();
        var forgotten = registerVerified();
        var id = create(creator, challenge(start, start.plusDays(28)));
        for (var user : new TestUser[] { staying, forgotten }) {
            weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 80);
            join(id, user);
        }
        assertThat(userIds(leaderboard(id, creator))).contains(forgotten.id());

        forget.forget(UserId.of(forgotten.id()));

        await().atMost(PATIENCE).until(() -> !userIds(leaderboard(id, creator)).contains(forgotten.id()));
        assertThat(userIds(leaderboard(id, creator))).containsExactly(staying.id());
    }

    @Test
    void aParticipantsPrivacyAndNameChangesReachTheCachedBoard() {
        var start = noon();
        var creator = registerVerified();
        var user = showingWeights(registerVerified());
        var id = create(creator, challenge(start, start.plusDays(28), "type", "total_lost"));
        weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 80);
        join(id, user);
        var shown = standingOf(leaderboard(id, creator), user);
        assertThat(shown.path("weightsPrivate").asBoolean()).isFalse();
        assertThat(shown.path("lostKg").isNull()).isFalse();
        assertThat(shown.path("score").isNull()).isFalse();

        assertSuccess(api.patch("/v1/users/me", body("weightVisibility", "private", "displayName", "Quiet One"),
                user.accessToken()), 200);

        await().atMost(PATIENCE).until(() -> standingOf(leaderboard(id, creator), user).path("weightsPrivate")
                .asBoolean());
        var hidden = standingOf(leaderboard(id, creator), user);
        assertThat(hidden.path("displayName").asString()).isEqualTo("Quiet One");
        assertThat(hidden.path("lostKg").isNull()).isTrue();
        assertThat(hidden.path("creditedKg").isNull()).isTrue();
        assertThat(hidden.path("score").isNull()).as("a total-lost score is a mass").isTrue();
        assertThat(hidden.path("rank").asInt()).isEqualTo(1);
    }

    @Test
    void privacyIsAppliedPerViewerToTheCachedLines() {
        var start = noon();
        var creator = registerVerified();
        var secret = registerVerified();
        var open = showingWeights(registerVerified());
        var id = create(creator, challenge(start, start.plusDays(28), "type", "total_lost"));
        for (var user : new TestUser[] { secret, open }) {
            weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 85);
            join(id, user);
        }
        awaitProgress(secret, open); // a later batch of the progress watcher would evict the board below
        var asOpen = leaderboard(id, open);
        assertThat(standingOf(asOpen, secret).path("lostKg").isNull()).isTrue();
        assertThat(standingOf(asOpen, secret).path("score").isNull()).isTrue();
        reachedBehindTheCachesBack(id, open);

        var asSecret = leaderboard(id, secret);
        assertThat(standingOf(asSecret, open).path("reachedTarget").asBoolean()).as("the cached board").isFalse();
        var own = standingOf(asSecret, secret);
        assertThat(own.path("weightsPrivate").asBoolean()).isTrue();
        assertThat(own.path("lostKg").isNull()).as("their own masses").isFalse();
        assertThat(own.path("creditedKg").isNull()).isFalse();
        assertThat(own.path("score").isNull()).isFalse();
        assertThat(standingOf(asSecret, open).path("lostKg").isNull()).isFalse();
        assertThat(standingOf(leaderboard(id, creator), secret).path("lostKg").isNull()).as("the creator's view")
                .isTrue();
    }

    @Test
    void outsidersOfATeamChallengeStillGet404WhileItsBoardIsCached() {
        var today = noon();
        var owner = registerVerified();
        var outsider = registerVerified();
        var teamId = assertSuccess(api.post("/v1/teams", body("name", "Cached " + UUID.randomUUID().toString()
                .substring(0, 8), "visibility", "private"), owner.accessToken()), 201).path("id").asString();
        var id = create(owner, challenge(today.plusDays(1), today.plusDays(20), "teamId", teamId));
        join(id, owner);
        assertThat(userIds(leaderboard(id, owner))).containsExactly(owner.id());

        assertError(api.get("/v1/challenges/" + id + "/leaderboard", outsider.accessToken()), 404, "NOT_FOUND");
        assertError(api.get("/v1/challenges/" + id + "/leaderboard?page=1&limit=1", outsider.accessToken()), 404,
                "NOT_FOUND");
    }

    @Test
    void pagesAreCutFromTheCachedBoard() {
        var start = noon();
        var creator = registerVerified();
        var users = new ArrayList<TestUser>();
        var id = create(creator, challenge(start, start.plusDays(28)));
        for (var i = 0; i < 3; i++) {
            var user = registerVerified();
            weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 80);
            join(id, user);
            users.add(user);
        }
        var all = userIds(leaderboard(id, creator));
        assertThat(all).hasSize(3);

        var firstPage = api.get("/v1/challenges/" + id + "/leaderboard?page=1&limit=2", creator.accessToken());
        var secondPage = api.get("/v1/challenges/" + id + "/leaderboard?page=2&limit=2", creator.accessToken());
        var beyond = api.get("/v1/challenges/" + id + "/leaderboard?page=3&limit=2", creator.accessToken());

        assertThat(userIds(assertSuccess(firstPage, 200))).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(userIds(assertSuccess(secondPage, 200))).containsExactlyElementsOf(all.subList(2, 3));
        assertThat(assertSuccess(beyond, 200).path("entries")).isEmpty();
        assertThat(firstPage.body().path("pagination").path("totalItems").asLong()).isEqualTo(3);
        assertThat(secondPage.body().path("pagination").path("totalItems").asLong()).isEqualTo(3);
        assertError(api.get("/v1/challenges/" + id + "/leaderboard?page=0", creator.accessToken()), 400,
                "VALIDATION_ERROR");
        assertError(api.get("/v1/challenges/" + id + "/leaderboard?limit=1000", creator.accessToken()), 400,
                "VALIDATION_ERROR");
    }

    /** A change the product did not make: nothing evicts the board for it. */
    private void reachedBehindTheCachesBack(String challengeId, TestUser user) {
        assertThat(dsl.execute("update challenges.participants set reached_at = now() "
                + "where challenge_id = ?::uuid and user_id = ?::uuid", challengeId, user.id())).isEqualTo(1);
    }

    private void awaitReachedShown(String challengeId, TestUser viewer, TestUser user) {
        await().atMost(PATIENCE).until(() -> standingOf(leaderboard(challengeId, viewer), user).path("reachedTarget")
                .asBoolean());
    }

    private static List<String> userIds(JsonNode board) {
        var ids = new ArrayList<String>();
        board.path("entries").forEach(entry -> ids.add(entry.path("userId").asString()));
        return ids;
    }
}
