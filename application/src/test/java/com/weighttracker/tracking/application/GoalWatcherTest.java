package com.weighttracker.tracking.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.identity.Visibility;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.FeedChange;
import com.weighttracker.shared.FeedPosition;
import com.weighttracker.tracking.GoalReached;
import com.weighttracker.tracking.WeighInChanges;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.analysis.Measurements;

/** The goal watcher against in-memory adapters: the rule of ADR 9, applied from the weigh-in change feed. */
class GoalWatcherTest {

    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");
    private static final UserId ANNA = new UserId(UUID.randomUUID());
    private static final UserId BERT = new UserId(UUID.randomUUID());
    private static final UserId CARLA = new UserId(UUID.randomUUID());

    private final List<DomainEvent> published = new ArrayList<>();
    private final InMemoryGoals goals = new InMemoryGoals(published::add);
    private final History history = new History();
    private final Directory users = new Directory();
    private final GoalWatcher watcher = new GoalWatcher(goals, history, users, Clock.fixed(NOW, ZoneOffset.UTC));
    private long transaction = 100;

    @Test
    void followsTrackingsOwnWeighInFeedFromNowOn() {
        assertThat(watcher.name()).isEqualTo("tracking.goal-watcher");
        assertThat(watcher.feed()).isEqualTo(WeighInChanges.class);
        assertThat(watcher.catchesUpOnHistory()).isFalse();
    }

    @Test
    void reachesTheGoalWhenTheTrendGetsThereAndPublishesGoalReachedOnceHoweverOftenTheChangeComes() {
        goals.given(lossGoal(ANNA, "80", "85"));
        history.weighIn(ANNA, "2024-02-28T07:00:00Z", 80.5);
        history.weighIn(ANNA, "2024-02-29T07:00:00Z", 75); // the trend: 80.5 − 0.55 = 79.95

        var batch = List.of(change(ANNA, 7));
        consume(batch);
        consume(batch);
        consume(List.of(change(ANNA, 8)));

        assertThat(published).containsExactly(new GoalReached(ANNA, Mass.kilograms(80), NOW));
        assertThat(goals.stored(ANNA).orElseThrow().reachedAt()).contains(NOW);
    }

    @Test
    void aTrendShortOfTheTargetLeavesTheGoalAsItWas() {
        goals.given(lossGoal(ANNA, "80", "85"));
        history.weighIn(ANNA, "2024-02-28T07:00:00Z", 81);
        history.weighIn(ANNA, "2024-02-29T07:00:00Z", 79); // one light morning: the trend is 80.8

        consume(List.of(change(ANNA, 2)));

        assertThat(published).isEmpty();
        assertThat(goals.stored(ANNA).orElseThrow().reachedAt()).isEmpty();
    }

    @Test
    void aUserWithoutAGoalOrWithAReachedGoalCostsNoHistoryReadAndChangesNothing() {
        var reached = Goal.restore(CARLA, Mass.kilograms(60), MassUnit.KG, null, Mass.kilograms(65),
                NOW.minusSeconds(86_400), NOW.minusSeconds(3_600));
        goals.given(reached);
        history.weighIn(BERT, "2024-02-29T07:00:00Z", 50);
        history.weighIn(CARLA, "2024-02-29T07:00:00Z", 70); // the trend climbed back: reached stays reached

        consume(List.of(change(BERT, 1), change(CARLA, 4)));

        assertThat(published).isEmpty();
        assertThat(history.reads).isEmpty();
        assertThat(users.batches).as("nobody to look up").isZero();
        assertThat(goals.stored(BERT)).isEmpty();
        assertThat(goals.stored(CARLA).orElseThrow().reachedAt()).contains(NOW.minusSeconds(3_600));
    }

    @Test
    void aGoalSetBeforeAnyWeighInTakesTheFirstWeighInAsItsStart() {
        goals.given(Goal.restore(ANNA, Mass.kilograms(76), MassUnit.KG, null, null, NOW.minusSeconds(600), null));
        history.weighIn(ANNA, "2024-03-01T07:00:00Z", 70); // below a target it must now gain towards

        consume(List.of(change(ANNA, 1)));

        var goal = goals.stored(ANNA).orElseThrow();
        assertThat(goal.start()).contains(Mass.kilograms(70));
        assertThat(goal.reachedAt()).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void judgesTheDaysInTheUsersTimeZone() {
        users.zones.put(ANNA, ZoneId.of("Europe/Helsinki"));
        goals.given(lossGoal(ANNA, "80", "85"));
        goals.given(lossGoal(BERT, "80", "85"));
        for (var user : List.of(ANNA, BERT)) {
            // 29 February and 1 March in UTC (the trend 80.8), one day in Helsinki (its mean: 80)
            history.weighIn(user, "2024-02-29T23:30:00Z", 81);
            history.weighIn(user, "2024-03-01T00:30:00Z", 79);
        }

        consume(List.of(change(ANNA, 2), change(BERT, 2)));

        assertThat(goals.stored(ANNA).orElseThrow().reachedAt()).contains(NOW);
        assertThat(goals.stored(BERT).orElseThrow().reachedAt()).as("unknown to identity: UTC").isEmpty();
    }

    @Test
    void aBatchCostsOneGoalsQueryAndOneIdentityQueryAndAHistoryReadPerUnreachedGoal() {
        goals.given(lossGoal(ANNA, "80", "85"));
        goals.given(lossGoal(CARLA, "60", "65"));
        history.weighIn(ANNA, "2024-02-29T07:00:00Z", 82);
        history.weighIn(CARLA, "2024-02-29T07:00:00Z", 62);

        consume(List.of(change(ANNA, 1), change(BERT, 1), change(CARLA, 1)));

        assertThat(goals.queries).isOne();
        assertThat(goals.usersAsked).isEqualTo(3);
        assertThat(users.batches).isOne();
        assertThat(users.single).as("no lookup one user at a time").isZero();
        assertThat(history.reads).containsExactlyInAnyOrder(ANNA, CARLA);
    }

    private void consume(List<FeedChange> changes) {
        watcher.consume(changes);
        goals.commit();
    }

    private FeedChange change(UserId user, long revision) {
        return new FeedChange(user.value(), revision, new FeedPosition(transaction++, user.value()));
    }

    private static Goal lossGoal(UserId user, String targetKg, String startKg) {
        return Goal.set(user, Mass.kilograms(Double.parseDouble(targetKg)), MassUnit.KG, null,
                Mass.kilograms(Double.parseDouble(startKg)), null, LocalDate.of(2024, 2, 1),
                Instant.parse("2024-02-01T00:00:00Z"));
    }

    private static final class History implements MeasurementHistory {

        private final Map<UserId, Measurements.Builder> weighIns = new HashMap<>();
        final List<UserId> reads = new ArrayList<>();

        void weighIn(UserId user, String at, double kg) {
            weighIns.computeIfAbsent(user, any -> Measurements.builder(4)).add(Instant.parse(at), kg);
        }

        @Override
        public Measurements of(UserId owner, Instant from, Instant to) {
            reads.add(owner);
            var builder = weighIns.get(owner);
            return builder == null ? Measurements.none() : builder.build();
        }

        @Override
        public Map<UserId, Measurements> ofAll(Collection<UserId> owners, Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class Directory implements UserDirectory {

        final Map<UserId, ZoneId> zones = new HashMap<>();
        int batches;
        int single;

        @Override
        public Optional<UserFacts> find(UserId userId) {
            single++;
            return facts(userId);
        }

        @Override
        public Map<UserId, UserFacts> findAll(Collection<UserId> userIds) {
            batches++;
            var found = new HashMap<UserId, UserFacts>();
            userIds.forEach(userId -> facts(userId).ifPresent(facts -> found.put(userId, facts)));
            return found;
        }

        private Optional<UserFacts> facts(UserId userId) {
            return Optional.ofNullable(zones.get(userId)).map(zone -> new UserFacts(userId, "user", null, MassUnit.KG,
                    zone, null, Visibility.PRIVATE, Visibility.PUBLIC, false));
        }
    }
}
