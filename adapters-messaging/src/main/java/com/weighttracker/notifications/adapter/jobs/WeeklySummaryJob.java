package com.weighttracker.notifications.adapter.jobs;

import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;

/**
 * The Monday summaries, rendered and queued as e-mail. They have time (issue 12: 100,000 within 10
 * minutes) and requests do not (their p95 may grow by 20 % at most meanwhile), so the job spreads its work
 * evenly: batches of {@value #SUMMARY_BATCH}, at most {@value #PER_SECOND} summaries a second (100,000 in
 * about 8.5 minutes): after a quick batch it rests the rest of the batch's share of time (short, frequent
 * steps rather than long bursts the requests would queue behind); a batch slowed by a busy machine is
 * followed by the next at once. Summaries are due at 09:00 local, so the job runs at the start of every
 * minute, like the reminders (ADR 29).
 */
@Component
class WeeklySummaryJob extends NotificationJobs {

    static final int PER_SECOND = 200;
    static final int SUMMARY_BATCH = 100;
    private static final long NANOS_PER_BATCH = TimeUnit.SECONDS.toNanos(SUMMARY_BATCH) / PER_SECOND;

    private final DeliveryJobsUseCase jobs;

    WeeklySummaryJob(DeliveryJobsUseCase jobs) {
        super("notifications-weekly-summaries", Schedules.cron(ReminderJob.EVERY_MINUTE));
        this.jobs = jobs;
    }

    @Override
    int batchSize() {
        return SUMMARY_BATCH;
    }

    @Override
    long restNanosAfter(long nanos) {
        return Math.max(0, NANOS_PER_BATCH - nanos);
    }

    @Override
    int runBatch(int batch) {
        return jobs.sendDueSummaries(batch);
    }
}
