package com.weighttracker.challenges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.kagkarlsson.scheduler.task.Task;
import com.weighttracker.challenges.application.port.in.CompleteChallengesUseCase;
import com.weighttracker.gamification.Achievement;
import com.weighttracker.platform.adapter.jobs.Jobs;
import com.weighttracker.support.Api;
import com.weighttracker.support.TestUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Completion (FR-5.3): on the target, and at the end by the end-of-challenge job, which runs once
 * across instances (db-scheduler, ADR 19) and completes each challenge once even when two runs race.
 * "Once" is counted where it matters: {@link ChallengeCompleted} publications in the outbox for one
 * listener (gamification's), the winner's points and their notification.
 */
class ChallengeCompletionTest extends ChallengesApiTest {

    /** One publication per event and listener: gamification's listener counts how often it was published. */
    private static final String PUBLICATIONS = "select count(*) from platform.event_publication"
            + " where event_type like '%ChallengeCompleted' and listener_id like '%AchievementEventsListener%'"
            + " and serialized_event like ?";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JsonMapper json;
    @Autowired
    private CompleteChallengesUseCase completion;

    private final List<Jobs> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(Jobs::stop);
    }

    @Test
    void theEndOfChallengeJobCompletesItOnceAcrossInstancesAndTheLeaderWins() {
        var start = noon();
        var ended = ended(start);
        var endings = context.getBeansOfType(Task.class).values().stream()
                .filter(task -> task.getName().equals("challenges-end")).findFirst().orElseThrow();
        // two more instances on the one database, besides the application's own scheduler
        for (var name : List.of("instance-a", "instance-b")) {
            var jobs = new Jobs(dataSource, List.of(endings), Duration.ofMillis(50), 2, true, null, json, name);
            instances.add(jobs);
            jobs.start();
        }

        clock.advance(Duration.ofDays(3));
        var winner = logIn(ended.winner());
        var creator = logIn(ended.creator());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(assertSuccess(api.get(
                "/v1/challenges/" + ended.id(), winner.accessToken()), 200).path("status").asString())
                .isEqualTo("completed"));
        var completed = assertSuccess(api.get("/v1/challenges/" + ended.id(), winner.accessToken()), 200);
        assertThat(completed.path("winners").get(0).asString()).isEqualTo(ended.winner().id());
        assertThat(completed.path("winners")).hasSize(1);
        assertExactlyOncePublished(ended.id());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(pointsOf(winner))
                .isEqualTo(77 + Achievement.FIRST_CHALLENGE_COMPLETED.points() + Achievement.FIRST_WEIGH_IN.points()));
        // ChallengeCompleted reaches the notification centre: the winner won, the runner-up hears it is over
        var runnerUp = logIn(ended.runnerUp());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(titles(winner)).anyMatch(title -> title.startsWith("You won"));
            assertThat(titles(runnerUp)).anyMatch(title -> title.endsWith("is over"));
        });
        // later runs find nothing to do
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> publications(ended.id()) == 1);
        assertError(api.post("/v1/challenges/" + ended.id() + "/leave", "", winner.accessToken()), 409,
                "CHALLENGE_COMPLETED");
        assertError(api.patch("/v1/challenges/" + ended.id(), Api.body("name", "Again"), creator.accessToken()), 409,
                "CHALLENGE_COMPLETED");
    }

    @Test
    void twoRunsAtOnceCompleteEachEndedChallengeOnce() throws Exception {
        var start = noon();
        var challenges = List.of(ended(start), ended(start), ended(start));
        clock.advance(Duration.ofDays(3));

        var barrier = new CyclicBarrier(2);
        var runs = List.of(CompletableFuture.supplyAsync(() -> runAfter(barrier)),
                CompletableFuture.supplyAsync(() -> runAfter(barrier)));
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

        for (var ended : challenges) {
            assertThat(assertSuccess(api.get("/v1/challenges/" + ended.id(), logIn(ended.winner()).accessToken()), 200)
                    .path("status").asString()).isEqualTo("completed");
            assertExactlyOncePublished(ended.id());
        }
    }

    record Ended(String id, TestUser creator, TestUser winner, TestUser runnerUp) {
    }

    /** A two-day challenge from {@code start}, with a winner who lost more than the runner-up. */
    private Ended ended(LocalDate start) {
        var creator = registerVerified();
        var winner = registerVerified();
        var runnerUp = registerVerified();
        var id = create(creator, challenge(start, start.plusDays(1), "target", 50, "rewardPoints", 77));
        for (var user : new TestUser[] { winner, runnerUp }) {
            weighDaily(user, start.minusDays(3), start.minusDays(1), day -> 80);
            join(id, user);
        }
        weighDaily(winner, start.plusDays(1), start.plusDays(1), day -> 78);
        weighDaily(runnerUp, start.plusDays(1), start.plusDays(1), day -> 79.5);
        return new Ended(id, creator, winner, runnerUp);
    }

    private int runAfter(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return completion.completeEnded();
    }

    private void assertExactlyOncePublished(String challengeId) {
        await().atMost(Duration.ofSeconds(10)).until(() -> publications(challengeId) >= 1);
        assertThat(publications(challengeId)).isEqualTo(1);
    }

    private long publications(String challengeId) {
        return dsl.fetchValue(PUBLICATIONS, "%" + challengeId + "%") instanceof Number n ? n.longValue() : 0;
    }

    private int pointsOf(TestUser user) {
        return assertSuccess(api.get("/v1/users/" + user.id() + "/achievements", user.accessToken()), 200)
                .path("points").asInt();
    }

    private List<String> titles(TestUser user) {
        var titles = new ArrayList<String>();
        assertSuccess(api.get("/v1/notifications?limit=100", user.accessToken()), 200).path("items")
                .forEach(item -> titles.add(item.path("title").asString()));
        return titles;
    }
}
