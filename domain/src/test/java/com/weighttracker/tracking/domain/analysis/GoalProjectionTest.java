package com.weighttracker.tracking.domain.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.analysis.GoalProjection.Status;
import com.weighttracker.tracking.domain.analysis.GoalProjection.Target;

class GoalProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    /** Lose from 95 kg to 80 kg. */
    private static final Optional<Target> LOSE_TO_80 = Optional.of(new Target(80, 95));
    /** −0.1 kg/day with a standard error of 0.0169031 kg/day (see WeeklyRateTest). */
    private static final Optional<WeeklyRate> STEADY_LOSS = Optional.of(new WeeklyRate(-0.7, 0.11832159566199232, 7));

    private static GoalProjection project(Optional<Target> target, double trend, Optional<WeeklyRate> rate) {
        return GoalProjection.of(target, OptionalDouble.of(trend), rate, TODAY);
    }

    @Test
    void projectsTheGoalDateFromTheTrendSlope() {
        // 10 kg to go at 0.1 kg/day: 100 days
        var projection = project(LOSE_TO_80, 90, STEADY_LOSS);

        assertThat(projection.status()).isEqualTo(Status.ON_TRACK);
        assertThat(projection.expected()).isEqualTo(TODAY.plusDays(100));
    }

    @Test
    void rangeComesFromTheSlopePlusMinusTwoStandardErrors() {
        // 1.96 × 0.0169031 = 0.0331300 kg/day: 10 / 0.1331300 = 75.1 → 76 days; 10 / 0.0668700 = 149.5 → 150 days
        var projection = project(LOSE_TO_80, 90, STEADY_LOSS);

        assertThat(projection.earliest()).isEqualTo(TODAY.plusDays(76));
        assertThat(projection.latest()).isEqualTo(TODAY.plusDays(150));
    }

    @Test
    void latestIsOpenWhenTheSlowerRateNoLongerMovesTowardTheGoal() {
        // 0.1 kg/day ± 1.96 × 0.5 / 7 = 0.14 kg/day: the slow end gains weight; the fast end 10 / 0.24 = 41.7 → 42 days
        var projection = project(LOSE_TO_80, 90, Optional.of(new WeeklyRate(-0.7, 0.5, 9)));

        assertThat(projection.status()).isEqualTo(Status.ON_TRACK);
        assertThat(projection.expected()).isEqualTo(TODAY.plusDays(100));
        assertThat(projection.earliest()).isEqualTo(TODAY.plusDays(42));
        assertThat(projection.latest()).isNull();
    }

    @Test
    void projectsAGainGoalUpward() {
        // from 50 toward 60, at 55 and 0.05 kg/day: 5 kg in 100 days; no uncertainty, so no range
        var projection = project(Optional.of(new Target(60, 50)), 55, Optional.of(new WeeklyRate(0.35, 0, 7)));

        assertThat(projection.status()).isEqualTo(Status.ON_TRACK);
        assertThat(projection.expected()).isEqualTo(TODAY.plusDays(100));
        assertThat(projection.earliest()).isEqualTo(TODAY.plusDays(100));
        assertThat(projection.latest()).isEqualTo(TODAY.plusDays(100));
    }

    @Test
    void trendMovingAwayFromTheGoalHasNoDate() {
        var projection = project(LOSE_TO_80, 90, Optional.of(new WeeklyRate(0.2, 0.01, 10)));

        assertThat(projection.status()).isEqualTo(Status.MOVING_AWAY);
        assertThat(projection.expected()).isNull();
        assertThat(projection.earliest()).isNull();
    }

    @Test
    void aFlatTrendIsMovingAway() {
        assertThat(project(LOSE_TO_80, 90, Optional.of(new WeeklyRate(0, 0.01, 10))).status())
                .isEqualTo(Status.MOVING_AWAY);
        // 10 kg at 1 g a week would take almost 200 years
        assertThat(project(LOSE_TO_80, 90, Optional.of(new WeeklyRate(-0.001, 0, 10))).status())
                .isEqualTo(Status.MOVING_AWAY);
    }

    @Test
    void theHorizonIsTenCalendarYearsWithTheirLeapDays() {
        // 16 March 2026 to 16 March 2036 is 3,653 days (29 February 2028, 2032 and 2036)
        var tenYears = java.time.temporal.ChronoUnit.DAYS.between(TODAY, TODAY.plusYears(10));
        assertThat(tenYears).isEqualTo(3653);

        var justInTime = project(LOSE_TO_80, 90, Optional.of(new WeeklyRate(-70.0 / tenYears, 0, 7)));
        var oneDayLate = project(LOSE_TO_80, 90, Optional.of(new WeeklyRate(-70.0 / (tenYears + 1), 0, 7)));

        assertThat(justInTime.status()).isEqualTo(Status.ON_TRACK);
        assertThat(justInTime.expected()).isEqualTo(TODAY.plusYears(10));
        assertThat(oneDayLate.status()).isEqualTo(Status.MOVING_AWAY);
    }

    @Test
    void aTrendAtOrBeyondTheTargetHasReachedIt() {
        assertThat(project(LOSE_TO_80, 80, Optional.empty()).status()).isEqualTo(Status.REACHED);
        assertThat(project(LOSE_TO_80, 79.4, STEADY_LOSS).status()).isEqualTo(Status.REACHED);
        assertThat(project(Optional.of(new Target(60, 50)), 60.2, Optional.empty()).status())
                .isEqualTo(Status.REACHED);
    }

    @Test
    void aSingleLightWeighInDoesNotReachTheGoalWhileTheTrendIsAbove() {
        var trend = Weighings.utc().day(0, 81).day(1, 81).day(2, 79.5).trend();

        var projection = GoalProjection.of(LOSE_TO_80, trend.latest(), Optional.empty(), TODAY);

        assertThat(projection.status()).isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void withoutARateThereIsNotEnoughData() {
        assertThat(project(LOSE_TO_80, 90, Optional.empty()).status()).isEqualTo(Status.NOT_ENOUGH_DATA);
        assertThat(GoalProjection.of(LOSE_TO_80, OptionalDouble.empty(), Optional.empty(), TODAY).status())
                .isEqualTo(Status.NOT_ENOUGH_DATA);
    }

    @Test
    void withoutAGoalThereIsNothingToProject() {
        var projection = project(Optional.empty(), 90, STEADY_LOSS);

        assertThat(projection.status()).isEqualTo(Status.NO_GOAL);
        assertThat(projection.expected()).isNull();
    }

    @Test
    void aGoalSetBeforeAnyWeighInTakesItsDirectionFromTheFirstWeighIn() {
        var goal = Goal.restore(new UserId(UUID.randomUUID()), Mass.kilograms(75), MassUnit.KG, null, null,
                Instant.parse("2026-01-01T00:00:00Z"), null);

        assertThat(Target.of(goal, 70).gain()).isTrue();
        assertThat(Target.of(goal, 80).gain()).isFalse();
        assertThat(Target.of(goal, Double.NaN).gain()).isFalse();
    }

    @Test
    void aGoalsOwnStartDecidesItsDirection() {
        var goal = Goal.restore(new UserId(UUID.randomUUID()), Mass.kilograms(75), MassUnit.KG, null,
                Mass.kilograms(70), Instant.parse("2026-01-01T00:00:00Z"), null);

        var target = Target.of(goal, 90);

        assertThat(target.gain()).isTrue();
        assertThat(target.startKilograms()).isEqualTo(70);
        assertThat(target.kilograms()).isEqualTo(75);
    }
}
