package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.T0;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.dec;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.hours;
import static com.weighttracker.tracking.adapter.persistence.TrackingFixtures.newUserId;
import static com.weighttracker.tracking.adapter.persistence.schema.Tables.GOALS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.Goal;

class JooqGoalRepositoryTest {

    private final JooqGoalRepository goals = new JooqGoalRepository(TestDatabase.dsl());
    private final UserId anna = newUserId();
    private final UserId bert = newUserId();

    @BeforeEach
    void emptyTables() {
        TestDatabase.clean();
    }

    @Test
    void aGoalReadsBackWithEveryFieldAndExactDecimals() {
        var goal = Goal.restore(anna, Mass.ofStonesAndPounds(dec("11"), dec("3.5")), MassUnit.ST,
                LocalDate.of(2027, 6, 30), Mass.of(dec("180.45"), MassUnit.LB), T0, hours(5));

        goals.save(goal);

        var found = goals.findByUser(anna).orElseThrow();
        assertThat(found.getId()).isEqualTo(anna);
        assertThat(found.target()).isEqualTo(goal.target());
        assertThat(found.target().stonesAndPounds(2).pounds()).isEqualByComparingTo("3.5");
        assertThat(found.unit()).isEqualTo(MassUnit.ST);
        assertThat(found.targetDate()).contains(LocalDate.of(2027, 6, 30));
        assertThat(found.start()).contains(Mass.of(dec("180.45"), MassUnit.LB));
        assertThat(found.setAt()).isEqualTo(T0);
        assertThat(found.reachedAt()).contains(hours(5));
        assertThat(found.drainEvents()).isEmpty();
    }

    @Test
    void aGoalWithoutOptionalFieldsReadsBackEmpty() {
        goals.save(Goal.restore(anna, Mass.of(dec("75"), MassUnit.KG), MassUnit.KG, null, null, T0, null));

        var found = goals.findByUser(anna).orElseThrow();
        assertThat(found.targetDate()).isEmpty();
        assertThat(found.start()).isEmpty();
        assertThat(found.reachedAt()).isEmpty();
    }

    @Test
    void savingAgainReplacesTheUsersOneGoalIncludingClearedFields() {
        goals.save(Goal.restore(anna, Mass.of(dec("75"), MassUnit.KG), MassUnit.KG, LocalDate.of(2027, 1, 1),
                Mass.of(dec("82"), MassUnit.KG), T0, hours(1)));

        goals.save(Goal.restore(anna, Mass.of(dec("160"), MassUnit.LB), MassUnit.LB, null, null, hours(2), null));

        var found = goals.findByUser(anna).orElseThrow();
        assertThat(found.target()).isEqualTo(Mass.of(dec("160"), MassUnit.LB));
        assertThat(found.unit()).isEqualTo(MassUnit.LB);
        assertThat(found.targetDate()).isEmpty();
        assertThat(found.start()).isEmpty();
        assertThat(found.setAt()).isEqualTo(hours(2));
        assertThat(found.reachedAt()).isEmpty();
        assertThat(TestDatabase.dsl().fetchCount(GOALS)).isOne();
    }

    @Test
    void savingAReachedGoalStoresWhenItWasReached() {
        var goal = Goal.restore(anna, Mass.of(dec("75"), MassUnit.KG), MassUnit.KG, null, Mass.of(dec("80"),
                MassUnit.KG), T0, null);
        goals.save(goal);
        goal.observe(74.9, 80, hours(3));

        goals.save(goal);

        assertThat(goals.findByUser(anna).orElseThrow().reachedAt()).contains(hours(3));
    }

    @Test
    void savingAGoalThatTookItsStartFromTheFirstWeighInStoresTheStart() {
        var goal = Goal.restore(anna, Mass.of(dec("76"), MassUnit.KG), MassUnit.KG, null, null, T0, null);
        goals.save(goal);
        goal.observe(70.25, 70.25, hours(1));

        goals.save(goal);

        var found = goals.findByUser(anna).orElseThrow();
        assertThat(found.start()).contains(Mass.of(dec("70.25"), MassUnit.KG));
        assertThat(found.reachedAt()).isEmpty();
    }

    @Test
    void unreachedGoalsOfSomeUsersAreReadInOneQueryWithoutTheReachedOnesOrOtherUsers() {
        var carla = newUserId();
        var dora = newUserId();
        goals.save(Goal.restore(anna, Mass.of(dec("75"), MassUnit.KG), MassUnit.KG, null, Mass.of(dec("80"),
                MassUnit.KG), T0, null));
        goals.save(Goal.restore(bert, Mass.of(dec("90"), MassUnit.KG), MassUnit.KG, null, null, T0, hours(1)));
        goals.save(Goal.restore(carla, Mass.of(dec("60"), MassUnit.KG), MassUnit.KG, null, null, T0, null));

        var unreached = TestDatabase.dsl().transactionResult(
                configuration -> new JooqGoalRepository(configuration.dsl()).unreachedOf(List.of(anna, bert, dora)));

        assertThat(unreached).singleElement().satisfies(goal -> {
            assertThat(goal.getId()).isEqualTo(anna);
            assertThat(goal.start()).contains(Mass.of(dec("80"), MassUnit.KG));
            assertThat(goal.reachedAt()).isEmpty();
        });
        assertThat(goals.unreachedOf(List.of())).isEmpty();
    }

    @Test
    void eachUserHasTheirOwnGoalAndDeletingOneLeavesTheOther() {
        goals.save(Goal.restore(anna, Mass.of(dec("75"), MassUnit.KG), MassUnit.KG, null, null, T0, null));
        goals.save(Goal.restore(bert, Mass.of(dec("90"), MassUnit.KG), MassUnit.KG, null, null, T0, null));

        goals.deleteOf(anna);

        assertThat(goals.findByUser(anna)).isEmpty();
        assertThat(goals.findByUser(bert)).hasValueSatisfying(
                goal -> assertThat(goal.target()).isEqualTo(Mass.of(dec("90"), MassUnit.KG)));
        goals.deleteOf(anna);
    }
}
