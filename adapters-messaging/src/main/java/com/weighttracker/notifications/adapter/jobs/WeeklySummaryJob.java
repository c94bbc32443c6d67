package com.weighttracker.notifications.adapter.jobs;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;

/**
 * The Monday summaries, rendered and queued as e-mail. They have time (issue 12: 100,000 within 10
 * minutes) and requests do not, so the job rests twice as long as each batch took: it uses at most a
 * third of one thread (ADR 29).
 */
@Component
class WeeklySummaryJob extends NotificationJobs {

    /** Rest per unit of work: one part work, two parts rest. */
    private static final int REST_PER_WORK = 2;

    private final DeliveryJobsUseCase jobs;

    WeeklySummaryJob(DeliveryJobsUseCase jobs) {
        super("notifications-weekly-summaries", Duration.ofMinutes(1));
        this.jobs = jobs;
    }

    @Override
    long restNanosAfter(long nanos) {
        return REST_PER_WORK * nanos;
    }

    @Override
    int runBatch(int batch) {
        return jobs.sendDueSummaries(batch);
    }
}
