package com.weighttracker.notifications.adapter.jobs;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;

/** The Monday summaries, rendered and queued as e-mail. */
@Component
class WeeklySummaryJob extends NotificationJobs {

    private final DeliveryJobsUseCase jobs;

    WeeklySummaryJob(DeliveryJobsUseCase jobs) {
        super("notifications-weekly-summaries", Duration.ofMinutes(1));
        this.jobs = jobs;
    }

    @Override
    int runBatch(int batch) {
        return jobs.sendDueSummaries(batch);
    }
}
