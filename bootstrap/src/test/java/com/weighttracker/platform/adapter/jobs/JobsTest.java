package com.weighttracker.platform.adapter.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.weighttracker.support.IntegrationTest;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's scheduler as two instances see it: two schedulers on the one database, built as
 * the application builds its own, share the work so that every execution runs exactly once.
 */
class JobsTest extends IntegrationTest {

    record Greeting(UUID userId, String text) {
    }

    @Autowired
    private DataSource dataSource;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private JsonMapper json;

    @Autowired
    private MeterRegistry meters;

    private final List<Jobs> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(Jobs::stop);
    }

    @Test
    void everyOneTimeExecutionRunsOnceAcrossTwoInstancesAndKeepsItsData() {
        var name = "test-greet-" + UUID.randomUUID();
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Map<String, Greeting> received = new ConcurrentHashMap<>();
        OneTimeTask<Greeting> greet = Tasks.oneTime(name, Greeting.class).execute((instance, context) -> {
            runs.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
            received.put(instance.getId(), instance.getData());
        });
        var first = start(greet, "instance-a");
        start(greet, "instance-b");

        var sent = new ArrayList<Greeting>();
        for (int i = 0; i < 200; i++) {
            var greeting = new Greeting(UUID.randomUUID(), "hello " + i);
            sent.add(greeting);
            first.scheduler().schedule(greet.instance("g" + i, greeting), Instant.now());
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> runs.size() == 200);
        // a second look later: nothing ran twice
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> runs.values().stream().allMatch(count -> count.get() == 1));
        for (int i = 0; i < 200; i++) {
            assertThat(received.get("g" + i)).isEqualTo(sent.get(i));
        }
    }

    @Test
    void aRecurringTaskRunsOncePerDueTimeAcrossTwoInstances() {
        var name = "test-tick-" + UUID.randomUUID();
        List<Instant> dueTimes = java.util.Collections.synchronizedList(new ArrayList<>());
        RecurringTask<Void> tick = Tasks.recurring(name, Schedules.fixedDelay(Duration.ofMillis(100)))
                .execute((instance, context) -> dueTimes.add(context.getExecution().executionTime));
        start(tick, "instance-a");
        start(tick, "instance-b");

        await().atMost(Duration.ofSeconds(30)).until(() -> dueTimes.size() >= 10);
        synchronized (dueTimes) {
            assertThat(dueTimes).doesNotHaveDuplicates();
        }
    }

    @Test
    void anExecutionScheduledInARolledBackTransactionNeverRuns() {
        var name = "test-outbox-" + UUID.randomUUID();
        Map<String, Boolean> ran = new ConcurrentHashMap<>();
        OneTimeTask<Void> task = Tasks.oneTime(name).execute((instance, context) -> ran.put(instance.getId(), true));
        var jobs = start(task, "instance-a");

        transactions.executeWithoutResult(status -> {
            jobs.scheduler().schedule(task.instance("rolled-back"), Instant.now());
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> jobs.scheduler().schedule(task.instance("committed"),
                Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> ran.containsKey("committed"));
        assertThat(ran).doesNotContainKey("rolled-back");
        assertThat(jobs.scheduler().getScheduledExecution(task.instance("rolled-back"))).isEmpty();
    }

    @Test
    void executionsAreCountedInMetrics() {
        var name = "test-counted-" + UUID.randomUUID();
        Map<String, Boolean> ran = new ConcurrentHashMap<>();
        OneTimeTask<Void> task = Tasks.oneTime(name).execute((instance, context) -> ran.put(instance.getId(), true));
        var jobs = new Jobs(dataSource, List.of(task), Duration.ofMillis(50), 1, true, meters, json, "instance-m");
        instances.add(jobs);
        jobs.start();
        jobs.scheduler().schedule(task.instance("once"), Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> ran.containsKey("once"));

        var metrics = api.get("/metrics", "test-metrics-token");

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).containsPattern("dbscheduler_task_completions_total\\{[^}]*task=\"" + name + "\"");
    }

    private Jobs start(Task<?> task, String instanceName) {
        var jobs = new Jobs(dataSource, List.of(task), Duration.ofMillis(50), 4, true, null, json, instanceName);
        instances.add(jobs);
        jobs.start();
        return jobs;
    }
}
