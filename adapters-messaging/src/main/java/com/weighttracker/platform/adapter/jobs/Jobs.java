package com.weighttracker.platform.adapter.jobs;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.stats.MicrometerStatsRegistry;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * This instance's scheduler: runs every {@link Task} bean, starts the recurring ones, and stops
 * before the database does (a lifecycle bean stops before any bean is destroyed). Executions are
 * counted in {@code /metrics} ({@code db_scheduler_*}).
 */
public final class Jobs implements SmartLifecycle {

    static final String TABLE = "platform.scheduled_tasks";

    private final Scheduler scheduler;
    private final boolean enabled;
    private volatile boolean running;

    /**
     * The scheduler of one instance; tests build a second one on the same database to act as another
     * instance ({@code meters} may be {@code null}).
     */
    public Jobs(DataSource dataSource, List<Task<?>> tasks, Duration pollInterval, int threads, boolean enabled,
                MeterRegistry meters, JsonMapper json, String instanceName) {
        var builder = Scheduler.create(transactionAware(dataSource), otherTasks(tasks))
                .tableName(TABLE)
                .schedulerName(new SchedulerName.Fixed(instanceName))
                .serializer(new JsonTaskData(json))
                .pollingInterval(pollInterval)
                .threads(threads)
                .enableImmediateExecution()
                .startTasks(startupTasks(tasks));
        if (meters != null) {
            builder.statsRegistry(new MicrometerStatsRegistry(meters, tasks));
        }
        this.scheduler = builder.build();
        this.enabled = enabled;
    }

    /**
     * Scheduling inside a Spring transaction writes through that transaction's connection, so the
     * execution exists only if the transaction commits (the outbox property).
     */
    private static DataSource transactionAware(DataSource dataSource) {
        return dataSource instanceof TransactionAwareDataSourceProxy ? dataSource
                : new TransactionAwareDataSourceProxy(dataSource);
    }

    private static List<Task<?>> otherTasks(List<Task<?>> tasks) {
        return tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List startupTasks(List<Task<?>> tasks) {
        return tasks.stream().filter(OnStartup.class::isInstance).toList();
    }

    static String instanceName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The client contexts schedule one-time executions with (also exposed as a bean). */
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void start() {
        if (enabled) {
            scheduler.start();
        }
        running = true;
    }

    @Override
    public void stop() {
        if (enabled) {
            scheduler.stop();
        }
        running = false;
    }

    /**
     * Not stopped when Spring pauses an idle context (test context caching does, between test classes):
     * a db-scheduler {@code Scheduler} cannot be started again once stopped, so a paused and resumed
     * context failed with "Failed to start bean 'jobs'". It stops for good when the context closes.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
