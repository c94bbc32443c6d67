package com.weighttracker.notifications.adapter.jobs;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongUnaryOperator;

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
    /**
     * One run stops after this long and leaves the rest to the next: a run never holds its thread for ever.
     * Ten seconds short of five minutes, so a run that started within the poll interval after its minute ends
     * before the fifth minute after it, and a job on the minute goes on then instead of a minute later.
     */
    private static final Duration MAX_RUN = Duration.ofMinutes(5).minusSeconds(10);

    NotificationJobs(String name, Duration every) {
        this(name, Schedules.fixedDelay(every));
    }

    NotificationJobs(String name, Schedule schedule) {
        super(name, schedule, Void.class);
    }

    abstract int runBatch(int batch);

    /** Users per batch: {@value #BATCH} by default, fewer for a job that spreads its work out. */
    int batchSize() {
        return BATCH;
    }

    /**
     * How long to rest after a full batch that took {@code nanos}, before the next: none by default (drain as
     * fast as possible); a job with time to spare gives the cores back to requests.
     */
    long restNanosAfter(long nanos) {
        return 0;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        var size = batchSize();
        drain(() -> runBatch(size), size, this::restNanosAfter);
    }

    static void drain(IntSupplier batch, int size, LongUnaryOperator rest) {
        var deadline = System.nanoTime() + MAX_RUN.toNanos();
        while (System.nanoTime() < deadline) {
            var started = System.nanoTime();
            if (batch.getAsInt() < size) {
                return; // not full: nothing more is due
            }
            var pause = rest.applyAsLong(System.nanoTime() - started);
            if (pause > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(Math.min(pause, deadline - System.nanoTime()));
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
