package com.weighttracker.challenges.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.shared.UserId;

class ScoringTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final Instant NOW = Instant.parse("2027-01-01T12:00:00Z");

    static Challenge challenge(ChallengeType type, boolean handicap, String target) {
        return Challenge.create(new ChallengeId(UUID.randomUUID()), "Test", null, type, START, START.plusDays(27),
                new BigDecimal(target), 10, handicap, null, new UserId(UUID.randomUUID()), START.minusDays(3), NOW);
    }

    static Participant participant(Double baseline, Double trend, int streak) {
        var participant = Participant.join(new ChallengeId(UUID.randomUUID()), new UserId(UUID.randomUUID()), NOW);
        participant.observe(baseline, trend, streak);
        return participant;
    }

    @Test
    void creditsTheTrendsFallUpToOnePercentOfTheBaselineAWeek() {
        var challenge = challenge(ChallengeType.WEIGHT_LOSS_PERCENT, false, "5");

        var modest = Scoring.score(challenge, participant(80.0, 79.6, 0), START.plusDays(6));
        var fast = Scoring.score(challenge, participant(80.0, 77.0, 0), START.plusDays(6));
        var fastFourWeeksOn = Scoring.score(challenge, participant(80.0, 77.0, 0), START.plusDays(27));

        assertThat(modest.capped()).isFalse();
        assertThat(modest.value()).isEqualByComparingTo("0.50");
        assertThat(fast.capped()).isTrue();
        assertThat(fast.creditedKg()).isCloseTo(0.8, offset(1e-9));
        assertThat(fast.value()).isEqualByComparingTo("1.00");
        assertThat(fast.percentLost()).isEqualByComparingTo("3.75");
        // four weeks in, the same fall is within the rail
        assertThat(fastFourWeeksOn.capped()).isFalse();
        assertThat(fastFourWeeksOn.value()).isEqualByComparingTo("3.75");
    }

    @Test
    void totalLostScoresKilogramsAndAGainScoresBelowZero() {
        var challenge = challenge(ChallengeType.TOTAL_LOST, false, "5");

        assertThat(Scoring.score(challenge, participant(90.0, 89.5, 0), START.plusDays(7)).value())
                .isEqualByComparingTo("0.50");
        assertThat(Scoring.score(challenge, participant(90.0, 90.4, 0), START.plusDays(7)).value().signum())
                .isNegative();
    }

    @Test
    void handicapScoresAgainstTheLossExpectedFromTheStartingWeight() {
        assertThat(Scoring.expectedWeeklyPercent(50)).isEqualTo(0.5);
        assertThat(Scoring.expectedWeeklyPercent(90)).isEqualTo(0.75);
        assertThat(Scoring.expectedWeeklyPercent(150)).isEqualTo(1.0);
        var challenge = challenge(ChallengeType.WEIGHT_LOSS_PERCENT, true, "100");

        var score = Scoring.score(challenge, participant(90.0, 89.55, 0), START.plusDays(6));

        // 0.5 % lost of 0.75 % expected in the first week
        assertThat(score.expectedPercent()).isEqualByComparingTo("0.75");
        assertThat(score.value()).isEqualByComparingTo("66.67");
    }

    @Test
    void withoutABaselineNobodyIsScoredButConsistencyCountsDaysUpToThoseElapsed() {
        var loss = challenge(ChallengeType.WEIGHT_LOSS_PERCENT, false, "5");
        var consistency = challenge(ChallengeType.CONSISTENCY, false, "10");

        assertThat(Scoring.score(loss, participant(null, null, 3), START.plusDays(3)).qualified()).isFalse();
        assertThat(Scoring.score(consistency, participant(null, null, 12), START.plusDays(3)).value())
                .as("a streak from before the start counts from the start").isEqualByComparingTo("4");
        assertThat(Scoring.score(consistency, participant(null, null, 12), START.plusDays(20)).reaches(
                consistency.target())).isTrue();
    }

    @Test
    void equalScoresShareARankAndTheUnqualifiedComeLastUnranked() {
        var challenge = challenge(ChallengeType.TOTAL_LOST, false, "5");
        var first = participant(80.0, 79.5, 0);
        var tied = participant(70.0, 69.5, 0);
        var third = participant(90.0, 89.8, 0);
        var none = participant(null, null, 0);

        var standings = Standings.of(challenge, List.of(none, third, tied, first), START.plusDays(7)).all();

        assertThat(standings).extracting(Standings.Standing::rank).containsExactly(1, 1, 3, null);
        assertThat(standings.get(3).participant()).isSameAs(none);
        assertThat(Standings.of(challenge, List.of(first, tied, third), START.plusDays(7)).leaders())
                .containsExactlyInAnyOrder(first.userId(), tied.userId());
    }

    @Test
    void nobodyWinsByStandingStill() {
        var challenge = challenge(ChallengeType.WEIGHT_LOSS_PERCENT, false, "5");

        assertThat(Standings.of(challenge, List.of(participant(80.0, 80.0, 0), participant(70.0, 70.2, 0)),
                START.plusDays(7)).leaders()).isEmpty();
    }

    @Test
    void theBaselineNeverMovesOnceKnownAndTheStreakOnlyGrows() {
        var participant = participant(80.0, 80.0, 5);

        participant.observe(75.0, 79.0, 2);

        assertThat(participant.baselineKg()).contains(80.0);
        assertThat(participant.trendKg()).contains(79.0);
        assertThat(participant.bestStreak()).isEqualTo(5);
    }
}
