package com.weighttracker.notifications.adapter.jobs;

import java.time.Duration;
import java.util.function.IntSupplier;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * A recurring job that drains one kind of due work: batch after batch while batches come back full,
 * so a backlog (100,000 reminders at 07:00) is worked off in one run instead of one batch a minute.
 */
abstract class NotificationJobs extends RecurringTask<Void> {

    /** The most users tracking's and identity's published bulk queries take in one call. */
    static final int BATCH = 500;
    /** One run stops after this long and leaves the rest to the next: a run never holds its thread for ever. */
    private static final Duration MAX_RUN = Duration.ofMinutes(5);

    NotificationJobs(String name, Duration every) {
        this(name, Schedules.fixedDelay(every));
    }

    NotificationJobs(String name, Schedule schedule) {
        super(name, schedule, Void.class);
    }

    abstract int runBatch(int batch);

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        drain(() -> runBatch(BATCH), BATCH);
    }

    static void drain(IntSupplier batch, int size) {
        var deadline = System.nanoTime() + MAX_RUN.toNanos();
        while (batch.getAsInt() >= size && System.nanoTime() < deadline) {
            // full batch: there may be more
        }
    }
}
