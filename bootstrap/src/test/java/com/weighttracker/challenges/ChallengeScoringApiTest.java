package com.weighttracker.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.weighttracker.support.TestUser;

/**
 * Scoring on the trend (FR-5.2, ADR 25), through the weigh-in feed: a single low outlier does not
 * win, loss beyond 1 % of the starting weight a week earns nothing, handicap mode scores against the
 * expected loss, consistency counts days, and private weights show % and rank only.
 */
class ChallengeScoringApiTest extends ChallengesApiTest {

    @Test
    void aSingleLowOutlierDoesNotBeatASteadyLoss() {
        var start = noon();
        var creator = registerVerified();
        var outlier = showingWeights(registerVerified());
        var steady = showingWeights(registerVerified());
        var id = create(creator, challenge(start, start.plusDays(28)));
        for (var user : new TestUser[] { outlier, steady }) {
            weighDaily(user, start.minusDays(7), start.minusDays(1), day -> 80);
            join(id, user);
        }

        clock.advance(Duration.ofDays(14));
        creator = logIn(creator);
        // flat at 80 kg and one dehydrated 76 kg morning today (4 kg lighter on the scale than the steady one)
        weighDaily(outlier, start.plusDays(1), start.plusDays(14), day -> day == 13 ? 76 : 80);
        // a steady 1.5 kg in two weeks: 78.5 kg today
        weighDaily(steady, start.plusDays(1), start.plusDays(14), day -> 80 - 1.5 * (day + 1) / 14);
        awaitProgress(outlier, steady);

        var board = leaderboard(id, creator);
        assertThat(board.path("entries").get(0).path("userId").asString()).isEqualTo(steady.id());
        assertThat(standingOf(board, steady).path("rank").asInt()).isEqualTo(1);
        assertThat(standingOf(board, outlier).path("rank").asInt()).isEqualTo(2);
        // the outlier moved the trend by a tenth of its 4 kg
        assertThat(standingOf(board, outlier).path("lostKg").asDouble()).isCloseTo(0.4, offset(0.01));
        assertThat(standingOf(board, steady).path("lostKg").asDouble()).isGreaterThan(0.7);
    }

    @Test
    void lossBeyondOnePercentAWeekEarnsNoExtraCreditAndTheResponseSaysSo() {
        var start = noon();
        var creator = registerVerified();
        var fast = registerVerified();
        var id = create(creator, challenge(start, start.plusDays(28), "target", 10));
        weighDaily(fast, start.minusDays(7), start.minusDays(1), day -> 100);
        join(id, fast);

        clock.advance(Duration.ofDays(7));
        fast = logIn(fast);
        // 5 kg in a week: the trend falls about 1.65 kg, and 8/7 of 1 kg counts
        weighDaily(fast, start.plusDays(1), start.plusDays(7), day -> 100 - 5.0 * (day + 1) / 7);
        awaitProgress(fast);

        var progress = assertSuccess(api.get("/v1/challenges/" + id + "/progress", fast.accessToken()), 200);
        assertThat(progress.path("capped").asBoolean()).isTrue();
        assertThat(progress.path("lostKg").asDouble()).isGreaterThan(1.6);
        assertThat(progress.path("capKg").asDouble()).isCloseTo(100 * 0.01 * 8 / 7, offset(0.001));
        assertThat(progress.path("creditedKg").asDouble()).isEqualTo(progress.path("capKg").asDouble());
        assertThat(progress.path("score").decimalValue()).isEqualByComparingTo("1.14");
        assertThat(progress.path("explanation").asString()).contains("1 %", "no extra credit");
        assertThat(progress.path("daysElapsed").asInt()).isEqualTo(8);
        assertThat(standingOf(leaderboard(id, fast), fast).path("capped").asBoolean()).isTrue();
    }

    @Test
    void handicapModeScoresTheLossExpectedFromTheStartingWeight() {
        var start = noon();
        var creator = registerVerified();
        var light = registerVerified();
        var heavy = registerVerified();
        var id = create(creator, challenge(start, start.plusDays(28), "handicap", true, "target", 500));
        weighDaily(light, start.minusDays(7), start.minusDays(1), day -> 60);
        weighDaily(heavy, start.minusDays(7), start.minusDays(1), day -> 120);
        join(id, light);
        join(id, heavy);

        clock.advance(Duration.ofDays(6));
        light = logIn(light);
        heavy = logIn(heavy);
        // both lose 0.1 % of their weight a day: the same share, far under the cap once smoothed
        weighDaily(light, start.plusDays(1), start.plusDays(6), day -> 60 * (1 - 0.001 * (day + 1)));
        weighDaily(heavy, start.plusDays(1), start.plusDays(6), day -> 120 * (1 - 0.001 * (day + 1)));
        awaitProgress(light, heavy);

        var lightProgress = assertSuccess(api.get("/v1/challenges/" + id + "/progress", light.accessToken()), 200);
        var heavyProgress = assertSuccess(api.get("/v1/challenges/" + id + "/progress", heavy.accessToken()), 200);
        // the same % lost, but a lighter body is expected to lose half as fast: twice the score
        assertThat(lightProgress.path("percentLost").decimalValue())
                .isEqualByComparingTo(heavyProgress.path("percentLost").decimalValue());
        assertThat(lightProgress.path("expectedPercent").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(heavyProgress.path("expectedPercent").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(lightProgress.path("score").decimalValue().doubleValue())
                .isCloseTo(2 * heavyProgress.path("score").decimalValue().doubleValue(),
                        offset(0.05));
        assertThat(lightProgress.path("explanation").asString()).contains("Handicap");
    }

    @Test
    void consistencyCountsTheLongestRunOfDaysSinceTheStart() {
        var start = noon();
        var creator = registerVerified();
        var user = registerVerified();
        var id = create(creator, challenge(start.plusDays(1), start.plusDays(28), "type", "consistency", "target",
                20));
        join(id, user);

        clock.advance(Duration.ofDays(6));
        user = logIn(user);
        weighDaily(user, start.plusDays(1), start.plusDays(6), day -> 70);
        awaitProgress(user);

        var progress = assertSuccess(api.get("/v1/challenges/" + id + "/progress", user.accessToken()), 200);
        assertThat(progress.path("streakDays").asInt()).isEqualTo(6);
        assertThat(progress.path("score").decimalValue()).isEqualByComparingTo("6");
        assertThat(progress.path("reachedTarget").asBoolean()).isFalse();
    }

    @Test
    void membersWithPrivateWeightsShowPercentAndRankOnlyToOthers() {
        var start = noon();
        var creator = registerVerified();
        var hidden = registerVerified();
        var shown = showingWeights(registerVerified());
        var id = create(creator, challenge(start, start.plusDays(28)));
        for (var user : new TestUser[] { hidden, shown }) {
            weighDaily(user, start.minusDays(7), start.minusDays(1), day -> 90);
            join(id, user);
        }
        clock.advance(Duration.ofDays(7));
        hidden = logIn(hidden);
        shown = logIn(shown);
        weighDaily(hidden, start.plusDays(1), start.plusDays(7), day -> 90 - 0.1 * (day + 1));
        weighDaily(shown, start.plusDays(1), start.plusDays(7), day -> 90 - 0.05 * (day + 1));
        awaitProgress(hidden, shown);

        var asShown = standingOf(leaderboard(id, shown), hidden);
        assertThat(asShown.path("weightsPrivate").asBoolean()).isTrue();
        assertThat(asShown.path("rank").asInt()).isEqualTo(1);
        assertThat(asShown.path("percentLost").decimalValue().signum()).isPositive();
        assertThat(asShown.path("lostKg").isNull()).isTrue();
        assertThat(asShown.path("creditedKg").isNull()).isTrue();
        assertThat(standingOf(leaderboard(id, hidden), hidden).path("lostKg").isNull()).as("their own figures")
                .isFalse();
        assertThat(standingOf(leaderboard(id, hidden), shown).path("lostKg").isNull()).isFalse();
    }
}
