package com.weighttracker.tracking.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static com.weighttracker.tracking.domain.TrackingFixtures.ANNA;
import static com.weighttracker.tracking.domain.TrackingFixtures.NOW;
import static com.weighttracker.tracking.domain.TrackingFixtures.dec;
import static com.weighttracker.tracking.domain.TrackingFixtures.kg;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.weighttracker.shared.Rejection.FieldError;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.GoalReached;
import com.weighttracker.tracking.GoalSet;

class GoalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final BigDecimal HEIGHT_170 = dec("170");

    private static Goal lose(String fromKg, String toKg) {
        return Goal.set(ANNA, kg(toKg), MassUnit.KG, null, kg(fromKg), null, TODAY, NOW);
    }

    @Nested
    class Setting {

        @Test
        void registersGoalSetWithTheTargetAndDate() {
            var date = TODAY.plusMonths(6);

            var goal = Goal.set(ANNA, kg("75"), MassUnit.KG, date, kg("82"), HEIGHT_170, TODAY, NOW);

            assertThat(goal.drainEvents()).containsExactly(new GoalSet(ANNA, kg("75"), date, NOW));
            assertThat(goal.getId()).isEqualTo(ANNA);
            assertThat(goal.target()).isEqualTo(kg("75"));
            assertThat(goal.unit()).isEqualTo(MassUnit.KG);
            assertThat(goal.targetDate()).contains(date);
            assertThat(goal.start()).contains(kg("82"));
            assertThat(goal.setAt()).isEqualTo(NOW);
            assertThat(goal.reachedAt()).isEmpty();
        }

        @Test
        void needsNeitherADateNorAStartNorAHeight() {
            var goal = Goal.set(ANNA, kg("40"), MassUnit.KG, null, null, null, TODAY, NOW);

            assertThat(goal.targetDate()).isEmpty();
            assertThat(goal.start()).isEmpty();
            assertThat(goal.drainEvents()).containsExactly(new GoalSet(ANNA, kg("40"), null, NOW));
        }

        @ParameterizedTest
        @CsvSource({ "0", "-1", "-400" })
        void refusesATargetDateThatIsNotInTheFuture(long daysFromToday) {
            assertThat(fieldErrorsOf(() -> Goal.set(ANNA, kg("75"), MassUnit.KG, TODAY.plusDays(daysFromToday), null,
                    null, TODAY, NOW))).containsExactly(new FieldError("targetDate", "targetDate must be in the future"));
        }

        @Test
        void refusesATargetDateMoreThanTenYearsAhead() {
            assertThat(fieldErrorsOf(() -> Goal.set(ANNA, kg("75"), MassUnit.KG, TODAY.plusYears(10).plusDays(1), null,
                    null, TODAY, NOW))).containsExactly(
                            new FieldError("targetDate", "targetDate must be at most 10 years ahead"));
            assertThat(Goal.set(ANNA, kg("75"), MassUnit.KG, TODAY.plusYears(10), null, null, TODAY, NOW).targetDate())
                    .contains(TODAY.plusYears(10));
        }

        @Test
        void acceptsTomorrowAsTargetDate() {
            var goal = Goal.set(ANNA, kg("75"), MassUnit.KG, TODAY.plusDays(1), null, null, TODAY, NOW);

            assertThat(goal.targetDate()).contains(TODAY.plusDays(1));
        }
    }

    @Nested
    class HealthyWeightRail {

        @Test
        void refusesATargetBelowAHealthyBmiKindlyNamingTheHealthyMinimum() {
            var errors = fieldErrorsOf(() -> Goal.set(ANNA, kg("50"), MassUnit.KG, null, kg("70"), HEIGHT_170, TODAY,
                    NOW));

            assertThat(errors).extracting(FieldError::field).containsExactly("targetWeight");
            assertThat(errors.get(0).message())
                    .isEqualTo("This goal would put you below a healthy weight for your height (a BMI under 18.5). "
                            + "Please choose at least 53.5 kg, and consider talking to your doctor about your goal.");
        }

        @Test
        void judgesTheExactBmiNotTheOneRoundedForDisplay() {
            // 53.4 kg at 170 cm is a BMI of 18.478, shown as 18.5 but under the healthy minimum of 53.465 kg
            assertThat(fieldErrorsOf(() -> Goal.set(ANNA, kg("53.4"), MassUnit.KG, null, null, HEIGHT_170, TODAY,
                    NOW))).extracting(FieldError::field).containsExactly("targetWeight");
            assertThat(fieldErrorsOf(() -> Goal.set(ANNA, kg("53.46"), MassUnit.KG, null, null, HEIGHT_170, TODAY,
                    NOW))).hasSize(1);
        }

        @Test
        void acceptsTheHealthyMinimumItself() {
            assertThat(Goal.set(ANNA, kg("53.47"), MassUnit.KG, null, null, HEIGHT_170, TODAY, NOW).target())
                    .isEqualTo(kg("53.47"));
            assertThat(Goal.set(ANNA, kg("53.5"), MassUnit.KG, null, null, HEIGHT_170, TODAY, NOW).target())
                    .isEqualTo(kg("53.5"));
        }

        @Test
        void namesTheMinimumInPoundsForAGoalInPounds() {
            var message = fieldErrorsOf(() -> Goal.set(ANNA, Mass.of(dec("110"), MassUnit.LB), MassUnit.LB, null, null,
                    HEIGHT_170, TODAY, NOW)).get(0).message();

            // 53.465 kg = 117.870 lb, rounded up so that the value named is allowed
            assertThat(message).contains("Please choose at least 117.9 lb,");
            assertThat(Goal.set(ANNA, Mass.of(dec("117.9"), MassUnit.LB), MassUnit.LB, null, null, HEIGHT_170, TODAY,
                    NOW).unit()).isEqualTo(MassUnit.LB);
        }

        @Test
        void namesTheMinimumInStonesAndPoundsForAGoalInStones() {
            var message = fieldErrorsOf(() -> Goal.set(ANNA, Mass.ofStonesAndPounds(dec("8"), dec("0")), MassUnit.ST,
                    null, null, HEIGHT_170, TODAY, NOW)).get(0).message();

            assertThat(message).contains("Please choose at least 8 st 5.9 lb,");
            assertThat(Goal.set(ANNA, Mass.ofStonesAndPounds(dec("8"), dec("5.9")), MassUnit.ST, null, null,
                    HEIGHT_170, TODAY, NOW).unit()).isEqualTo(MassUnit.ST);
        }

        @Test
        void doesNotApplyWithoutAHeight() {
            assertThat(Goal.set(ANNA, kg("40"), MassUnit.KG, null, kg("70"), null, TODAY, NOW).target())
                    .isEqualTo(kg("40"));
        }
    }

    @Nested
    class Reaching {

        @Test
        void isReachedImmediatelyWhenTheTrendIsAlreadyAtTheTarget() {
            var goal = Goal.set(ANNA, kg("75"), MassUnit.KG, null, kg("75"), null, TODAY, NOW);

            assertThat(goal.reachedAt()).contains(NOW);
            assertThat(goal.drainEvents()).containsExactly(new GoalSet(ANNA, kg("75"), null, NOW),
                    new GoalReached(ANNA, kg("75"), NOW));
        }

        @Test
        void aLossGoalIsReachedWhenTheTrendGetsToTheTarget() {
            var goal = lose("82", "75");
            goal.drainEvents();

            assertThat(goal.observe(75.01, 90, NOW.plusSeconds(10))).isFalse();
            assertThat(goal.reachedAt()).isEmpty();
            assertThat(goal.drainEvents()).isEmpty();

            assertThat(goal.observe(75, 90, NOW.plusSeconds(20))).isTrue();
            assertThat(goal.reachedAt()).contains(NOW.plusSeconds(20));
            assertThat(goal.drainEvents()).containsExactly(new GoalReached(ANNA, kg("75"), NOW.plusSeconds(20)));
        }

        @Test
        void aGainGoalIsReachedWhenTheTrendGetsToTheTarget() {
            var goal = Goal.set(ANNA, kg("55"), MassUnit.KG, null, kg("50"), null, TODAY, NOW);
            goal.drainEvents();

            goal.observe(45, 50, NOW.plusSeconds(10));
            goal.observe(54.99, 50, NOW.plusSeconds(20));
            assertThat(goal.reachedAt()).isEmpty();

            goal.observe(55.2, 50, NOW.plusSeconds(30));
            assertThat(goal.reachedAt()).contains(NOW.plusSeconds(30));
            assertThat(goal.drainEvents()).containsExactly(new GoalReached(ANNA, kg("55"), NOW.plusSeconds(30)));
        }

        @Test
        void aGainGoalSetBeforeAnyWeighInStartsAtTheFirstWeighInAndIsNotReachedByIt() {
            var goal = Goal.set(ANNA, kg("76"), MassUnit.KG, null, null, null, TODAY, NOW);
            goal.drainEvents();

            assertThat(goal.observe(70, 70, NOW.plusSeconds(10))).as("took its start").isTrue();

            assertThat(goal.start()).contains(kg("70"));
            assertThat(goal.reachedAt()).isEmpty();
            assertThat(goal.drainEvents()).isEmpty();
            goal.observe(76, 70, NOW.plusSeconds(20));
            assertThat(goal.reachedAt()).contains(NOW.plusSeconds(20));
        }

        @Test
        void aLossGoalSetBeforeAnyWeighInStartsAtTheFirstWeighInToo() {
            var goal = Goal.set(ANNA, kg("75"), MassUnit.KG, null, null, null, TODAY, NOW);

            goal.observe(80, 80, NOW.plusSeconds(1));
            assertThat(goal.start()).contains(kg("80"));
            assertThat(goal.reachedAt()).isEmpty();

            goal.observe(74.9, 80, NOW.plusSeconds(2));
            assertThat(goal.reachedAt()).contains(NOW.plusSeconds(2));
        }

        @Test
        void aStartTakenOnceIsKeptThoughEarlierWeighInsArriveLater() {
            var goal = Goal.set(ANNA, kg("75"), MassUnit.KG, null, null, null, TODAY, NOW);
            goal.observe(80, 80, NOW.plusSeconds(1));

            assertThat(goal.observe(79, 70, NOW.plusSeconds(2))).isFalse();

            assertThat(goal.start()).contains(kg("80"));
        }

        @ParameterizedTest
        @CsvSource({ "82, 75, 75.01, false", "82, 75, 75, true", "82, 75, 60, true", "50, 55, 54.99, false",
                "50, 55, 55, true", "50, 55, 70, true", "75, 75, 75, true", "75, 75, 75.01, false" })
        void theOneRuleIsTheTrendAtOrPastTheTargetSeenFromTheStart(double start, double target, double trend,
                boolean reached) {
            assertThat(Goal.isReached(start, target, trend)).isEqualTo(reached);
        }

        @Test
        void isReachedOnceOnly() {
            var goal = lose("82", "75");
            goal.observe(74, 82, NOW.plusSeconds(10));
            goal.drainEvents();

            assertThat(goal.observe(73, 82, NOW.plusSeconds(20))).isFalse();

            assertThat(goal.reachedAt()).contains(NOW.plusSeconds(10));
            assertThat(goal.drainEvents()).isEmpty();
        }

        @Test
        void aRestoredReachedGoalStaysReachedAtItsTime() {
            var goal = Goal.restore(ANNA, kg("75"), MassUnit.KG, null, kg("82"), NOW, NOW.plusSeconds(5));

            goal.observe(70, 82, NOW.plusSeconds(50));

            assertThat(goal.reachedAt()).contains(NOW.plusSeconds(5));
            assertThat(goal.drainEvents()).isEmpty();
        }
    }
}
