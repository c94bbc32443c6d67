package com.weighttracker.challenges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Joining and leaving (FR-5.2): open until the end of the second day after the start; after the start a
 * baseline is needed, a weigh-in within the 7 days before the start or since.
 */
class ChallengeJoiningApiTest extends ChallengesApiTest {

    @Test
    void anUpcomingChallengeIsJoinedWithoutAWeighInButOnlyOnce() {
        var today = noon();
        var creator = registerVerified();
        var user = registerVerified();
        var id = create(creator, challenge(today.plusDays(5), today.plusDays(30)));

        var joined = join(id, user);

        assertThat(joined.path("joined").asBoolean()).isTrue();
        assertThat(joined.path("participantCount").asInt()).isEqualTo(1);
        assertError(api.post("/v1/challenges/" + id + "/join", "", user.accessToken()), 409, "ALREADY_PARTICIPATING");
    }

    @Test
    void afterTheStartJoiningNeedsAWeighInFromTheSevenDaysBefore() {
        var today = noon();
        var creator = registerVerified();
        var withWeighIn = registerVerified();
        var withAnOldOne = registerVerified();
        var without = registerVerified();
        var id = create(creator, challenge(today, today.plusDays(30)));
        weighDaily(withWeighIn, today.minusDays(5), today.minusDays(5), day -> 82);
        weighDaily(withAnOldOne, today.minusDays(9), today.minusDays(8), day -> 82);

        join(id, withWeighIn);
        assertError(api.post("/v1/challenges/" + id + "/join", "", withAnOldOne.accessToken()), 409,
                "NO_BASELINE_WEIGH_IN");
        assertError(api.post("/v1/challenges/" + id + "/join", "", without.accessToken()), 409,
                "NO_BASELINE_WEIGH_IN");

        var progress = assertSuccess(api.get("/v1/challenges/" + id + "/progress", withWeighIn.accessToken()), 200);
        assertThat(progress.path("baselineKg").asDouble()).isEqualTo(82.0);
        assertThat(progress.path("qualified").asBoolean()).isTrue();
    }

    @Test
    void aWeighInOnTheSecondDayAfterTheStartStillJoinsButTheThirdDayIsTooLate() {
        var today = noon();
        var creator = registerVerified();
        var late = registerVerified();
        var tooLate = registerVerified();
        var id = create(creator, challenge(today, today.plusDays(30)));
        clock.advance(Duration.ofDays(2));
        late = logIn(late);
        weighDaily(late, today.plusDays(2), today.plusDays(2), day -> 90);

        join(id, late);
        assertThat(assertSuccess(api.get("/v1/challenges/" + id + "/progress", late.accessToken()), 200)
                .path("baselineKg").asDouble()).isEqualTo(90.0);

        clock.advance(Duration.ofDays(1));
        tooLate = logIn(tooLate);
        weighDaily(tooLate, today.plusDays(3), today.plusDays(3), day -> 90);
        assertError(api.post("/v1/challenges/" + id + "/join", "", tooLate.accessToken()), 409, "JOINING_CLOSED");
    }

    @Test
    void leavingEndsTakingPartAndSomeoneNotTakingPartHasNoProgress() {
        var today = noon();
        var creator = registerVerified();
        var user = registerVerified();
        var id = create(creator, challenge(today.plusDays(1), today.plusDays(30)));
        join(id, user);

        assertSuccess(api.post("/v1/challenges/" + id + "/leave", "", user.accessToken()), 200);

        assertError(api.post("/v1/challenges/" + id + "/leave", "", user.accessToken()), 404, "NOT_A_PARTICIPANT");
        assertError(api.get("/v1/challenges/" + id + "/progress", user.accessToken()), 404, "NOT_A_PARTICIPANT");
        assertThat(assertSuccess(api.get("/v1/challenges/" + id, user.accessToken()), 200).path("joined").asBoolean())
                .isFalse();
    }
}
