package com.weighttracker.teams;

import static com.weighttracker.support.Api.body;
import static com.weighttracker.teams.LeaderboardTestData.assertSuccess;
import static com.weighttracker.teams.LeaderboardTestData.entryOf;
import static com.weighttracker.teams.LeaderboardTestTeams.members;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.support.IntegrationTest;
import com.weighttracker.teams.domain.LeaderboardPeriod;
import com.weighttracker.teams.application.port.out.leaderboard.LeaderboardCache;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

/**
 * The leaderboard stays live through events (ADR 0014): a weigh-in, a new member or a profile change
 * evicts the cached boards of the member's teams and publishes {@link LeaderboardChanged}. The events
 * are published on listener threads, which Modulith's thread-bound {@code Scenario} does not see: a
 * listener added to the running context records them instead (no new Spring context).
 */
class LeaderboardEventsTest extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private DSLContext dsl;
    @Autowired
    private WeightEntryRepository entries;
    @Autowired
    private LeaderboardCache cache;
    @Autowired
    private Transactions transactions;
    @Autowired
    private DomainEvents events;

    @Autowired
    private ConfigurableApplicationContext context;

    private LeaderboardTestData data;
    private LeaderboardTestTeams teams;
    private final Set<UUID> changedTeams = ConcurrentHashMap.newKeySet();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof LeaderboardChanged changed) {
            changedTeams.add(changed.teamId());
        }
    };

    @BeforeEach
    void setUp() {
        data = new LeaderboardTestData(api, entries, clock, this::register);
        teams = new LeaderboardTestTeams(dsl);
        context.addApplicationListener(recorder);
    }

    @AfterEach
    void stopRecording() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(recorder);
    }

    private void awaitLeaderboardChanged(UUID teamId) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> changedTeams.contains(teamId));
    }

    @Test
    void aWeighInThroughTheApiEvictsTheCachedBoardsOfTheMembersTeamsAndPublishesLeaderboardChanged() {
        var owner = data.showingWeights();
        var newcomer = data.showingWeights();
        data.weighDaily(owner, 10, 0, daysAgo -> 90 - 0.1 * (10 - daysAgo));
        var teamId = teams.create(TeamVisibility.PRIVATE, clock.instant().minus(Duration.ofDays(30)),
                members(owner, TeamRole.OWNER, newcomer, TeamRole.MEMBER));
        var otherTeam = teams.create(TeamVisibility.PUBLIC, clock.instant().minus(Duration.ofDays(30)),
                members(newcomer, TeamRole.OWNER));
        assertThat(entryOf(data.board(teamId, owner, ""), newcomer).path("weighedIn").asBoolean()).isFalse();
        data.board(otherTeam, newcomer, "period=month");
        assertCached(teamId, LeaderboardPeriod.WEEK);
        assertCached(otherTeam, LeaderboardPeriod.MONTH);

        assertSuccess(api.post("/v1/weight-entries", body("weight", 77.7), newcomer
                .accessToken()), 201);
        awaitLeaderboardChanged(teamId);

        var entry = entryOf(data.board(teamId, owner, ""), newcomer);
        assertThat(entry.path("weighedIn").asBoolean()).isTrue();
        assertThat(entry.path("currentWeight").decimalValue()).isEqualByComparingTo("77.7");
        assertThat(entry.path("rank").isInt()).isTrue();
        awaitEvicted(otherTeam, LeaderboardPeriod.MONTH);
    }

    @Test
    void aMemberJoiningRefreshesTheBoard() {
        var owner = data.showingWeights();
        var joining = data.showingWeights();
        data.weighDaily(joining, 3, 0, daysAgo -> 70);
        var teamId = teams.create(TeamVisibility.PUBLIC, clock.instant().minus(Duration.ofDays(30)),
                members(owner, TeamRole.OWNER));
        assertThat(data.board(teamId, owner, "").path("entries").size()).isEqualTo(1);

        transactions.inTransaction(() -> {
            teams.join(teamId, joining, TeamRole.MEMBER, clock.instant());
            events.publish(new MemberJoinedTeam(teamId, UserId.of(joining.id()), TeamRole.MEMBER));
        });
        awaitLeaderboardChanged(teamId);

        var board = data.board(teamId, owner, "");
        assertThat(board.path("entries").size()).isEqualTo(2);
        assertThat(entryOf(board, joining).path("currentWeight").decimalValue()).isEqualByComparingTo("70");
    }

    @Test
    void aMemberMakingTheirWeightsPrivateDisappearsFromTheBoardsMassesAtOnce() {
        var owner = data.showingWeights();
        var teammate = data.showingWeights();
        data.weighDaily(owner, 3, 0, daysAgo -> 88.88);
        var teamId = teams.create(TeamVisibility.PUBLIC, clock.instant().minus(Duration.ofDays(30)),
                members(owner, TeamRole.OWNER, teammate, TeamRole.MEMBER));
        assertThat(entryOf(data.board(teamId, teammate, ""), owner).path("currentWeight").decimalValue())
                .isEqualByComparingTo("88.88");

        assertSuccess(api.patch("/v1/users/me", body("weightVisibility", "private"),
                owner.accessToken()), 200);
        awaitLeaderboardChanged(teamId);

        // the teammate no longer sees the masses (the member themselves still sees their own)
        var response = data.leaderboard(teamId, teammate, "");
        assertThat(entryOf(response.data(), owner).path("weightsPrivate").asBoolean()).isTrue();
        assertThat(entryOf(response.data(), owner).path("currentWeight").isNull()).isTrue();
        assertThat(response.raw().body()).doesNotContain("88.88");
    }

    private void assertCached(UUID teamId, LeaderboardPeriod period) {
        cache.board(teamId, period, data.today, () -> {
            throw new AssertionError("the board of " + teamId + " should be cached");
        });
    }

    /** The event for one team may arrive before the other team's eviction: wait for it. */
    private void awaitEvicted(UUID teamId, LeaderboardPeriod period) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> {
            var evicted = new boolean[1];
            cache.board(teamId, period, data.today, () -> {
                evicted[0] = true;
                return null;
            });
            return evicted[0];
        });
    }
}
