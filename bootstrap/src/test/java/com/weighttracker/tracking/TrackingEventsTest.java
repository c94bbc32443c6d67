package com.weighttracker.tracking;

import static com.weighttracker.tracking.TrackingAssertions.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import com.weighttracker.identity.UserPurged;
import com.weighttracker.identity.application.port.in.PurgeDeletedAccountsUseCase;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Patch;
import com.weighttracker.shared.UserId;
import com.weighttracker.support.FeedConsumerProgress;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.support.TestUser;
import com.weighttracker.tracking.application.GoalWatcher;
import com.weighttracker.tracking.application.port.in.ManageGoalUseCase;
import com.weighttracker.tracking.application.port.in.ManageWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.RecordWeightUseCase;
import com.weighttracker.tracking.application.port.in.SetGoalCommand;
import com.weighttracker.tracking.application.port.in.WeighInChanges;
import com.weighttracker.tracking.application.port.in.WeighInCommand;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

/**
 * Tracking's events, and its reaction to identity's: what it publishes when weigh-ins and goals
 * change, and that a purged user's weigh-ins and goal go too, through the outbox, even when the
 * first attempt fails.
 */
@EnableScenarios
class TrackingEventsTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private RecordWeightUseCase record;
    @Autowired
    private ManageWeightEntriesUseCase entries;
    @Autowired
    private ManageGoalUseCase goals;
    @Autowired
    private WeightEntryRepository entryRepository;
    @Autowired
    private GoalRepository goalRepository;
    @Autowired
    private PurgeDeletedAccountsUseCase purge;
    @Autowired
    private IncompleteEventPublications incompletePublications;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private DSLContext dsl;
    @Autowired
    private ConfigurableApplicationContext context;

    /**
     * GoalReached is published by the goal watcher on the change feed's thread, which Modulith's
     * thread-bound {@code Scenario} does not see: a listener added to the running context records it.
     */
    private final List<GoalReached> goalsReached = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> goalReachedRecorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof GoalReached reached) {
            goalsReached.add(reached);
        }
    };

    @AfterEach
    void stopRecording() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(goalReachedRecorder);
    }

    private static WeighInCommand weighIn(String weight, MassUnit unit) {
        return new WeighInCommand(new BigDecimal(weight), unit, null, null, null, null, null, null);
    }

    @Test
    void loggingAWeighInPublishesWeightRecordedWithTheEntryIdAndMass(Scenario scenario) {
        var owner = UserId.of(register().id());

        scenario.stimulate(() -> record.record(owner, weighIn("180.45", MassUnit.LB)))
                .andWaitForEventOfType(WeightRecorded.class)
                .matchingMappedValue(WeightRecorded::userId, owner)
                .toArriveAndVerify((event, view) -> assertThat(event).isEqualTo(new WeightRecorded(view.id(), owner,
                        Mass.of(new BigDecimal("180.45"), MassUnit.LB), view.recordedAt())));
    }

    @Test
    void correctingAWeighInPublishesWeightEntryCorrected(Scenario scenario) {
        var owner = UserId.of(register().id());
        var entry = record.record(owner, weighIn("82.4", MassUnit.KG));

        scenario.stimulate(() -> entries.correct(owner, entry.id(), new WeighInChanges(Patch.to(new BigDecimal(
                "81.9")), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(), Patch.unchanged(),
                Patch.unchanged(), Patch.unchanged())))
                .andWaitForEventOfType(WeightEntryCorrected.class)
                .matchingMappedValue(WeightEntryCorrected::entryId, entry.id())
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(new WeightEntryCorrected(entry.id(), owner,
                        Mass.of(new BigDecimal("81.9"), MassUnit.KG), entry.recordedAt())));
    }

    @Test
    void deletingAWeighInPublishesWeightEntryDeleted(Scenario scenario) {
        var owner = UserId.of(register().id());
        var entry = record.record(owner, weighIn("82.4", MassUnit.KG));

        scenario.stimulate(() -> entries.delete(owner, entry.id()))
                .andWaitForEventOfType(WeightEntryDeleted.class)
                .matchingMappedValue(WeightEntryDeleted::entryId, entry.id())
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(
                        new WeightEntryDeleted(entry.id(), owner, entry.recordedAt())));
    }

    @Test
    void settingAGoalPublishesGoalSetAndTheWeighInThatTakesTheTrendThereGoalReached(Scenario scenario) {
        var goalWatcher = new FeedConsumerProgress(dsl, GoalWatcher.NAME);
        goalWatcher.awaitFollowing();
        context.addApplicationListener(goalReachedRecorder);
        var user = register();
        var owner = UserId.of(user.id());
        record.record(owner, weighIn("80", MassUnit.KG));

        scenario.stimulate(() -> goals.set(owner, new SetGoalCommand(new BigDecimal("78"), MassUnit.KG, null, null)))
                .andWaitForEventOfType(GoalSet.class)
                .matchingMappedValue(GoalSet::userId, owner)
                .toArriveAndVerify((event, goal) -> assertThat(event).isEqualTo(new GoalSet(owner,
                        Mass.of(new BigDecimal("78"), MassUnit.KG), null, goal.setAt())));

        // the day's mean, 77.45 kg, takes the trend to the target (ADR 9); the goal watcher sees it shortly after
        var view = record.record(owner, weighIn("74.9", MassUnit.KG));
        goalWatcher.awaitHandled(user.id());

        var reachedAt = goalRepository.findByUser(owner).orElseThrow().reachedAt().orElseThrow();
        assertThat(reachedAt).isBetween(view.recordedAt(), clock.instant());
        assertThat(goalsReached).filteredOn(event -> event.userId().equals(owner)).singleElement()
                .isEqualTo(new GoalReached(owner, Mass.of(new BigDecimal("78"), MassUnit.KG), reachedAt));
    }

    @Test
    void purgingAUserForgetsTheirWeighInsAndGoalButNobodyElses(Scenario scenario) {
        var leaving = register();
        var staying = register();
        for (var user : new TestUser[] { leaving, staying }) {
            logWeighInAndGoal(user);
        }
        var gone = UserId.of(leaving.id());
        var kept = UserId.of(staying.id());
        assertSuccess(api.delete("/v1/users/me", leaving.accessToken()), 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        scenario.stimulate(() -> purge.purgeDue())
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> entryRepository.latest(gone).isEmpty() && goalRepository.findByUser(gone)
                        .isEmpty(), Boolean::booleanValue)
                .andVerify(forgotten -> {
                    assertThat(entryRepository.history(gone, null, null)).isEmpty();
                    assertThat(entryRepository.history(kept, null, null)).hasSize(1);
                    assertThat(goalRepository.findByUser(kept)).isPresent();
                });
    }

    @Test
    void aFailedReactionStaysInTheOutboxAndSucceedsWhenResubmitted() throws SQLException {
        var leaving = register();
        logWeighInAndGoal(leaving);
        var gone = UserId.of(leaving.id());
        assertSuccess(api.delete("/v1/users/me", leaving.accessToken()), 200);
        clock.advance(Duration.ofDays(30).plusMinutes(1));

        // hold the user's weigh-in rows: the listener's delete waits, then hits the 5 s statement timeout
        try (var lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var select = lock.prepareStatement(
                    "select id from tracking.weight_entries where user_id = ? for update")) {
                select.setObject(1, gone.value());
                select.executeQuery().close();
            }

            purge.purgeDue();

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(publicationOf(gone))
                    .containsEntry("status", "FAILED").containsEntry("completion_date", null));
            lock.rollback();
        }
        assertThat(entryRepository.latest(gone)).as("nothing forgotten yet").isPresent();
        assertThat(goalRepository.findByUser(gone)).isPresent();

        incompletePublications.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof UserPurged purged && purged.userId().equals(gone));

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(entryRepository.latest(gone)).isEmpty();
            assertThat(goalRepository.findByUser(gone)).isEmpty();
            assertThat(publicationOf(gone).get("completion_date")).isNotNull();
        });
    }

    private void logWeighInAndGoal(TestUser user) {
        assertSuccess(api.post("/v1/weight-entries", "{\"weight\": 80}", user.accessToken()), 201);
        assertSuccess(api.send(api.request("/v1/goal", user.accessToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"targetWeight\": 75}"))), 200);
    }

    /** Tracking's publication of the UserPurged event of this user. */
    private Map<String, Object> publicationOf(UserId userId) {
        return new JdbcTemplate(dataSource).queryForMap("""
                select status, completion_date from platform.event_publication
                where listener_id like '%IdentityEventListener%' and serialized_event like ?""",
                "%" + userId.value() + "%");
    }
}
