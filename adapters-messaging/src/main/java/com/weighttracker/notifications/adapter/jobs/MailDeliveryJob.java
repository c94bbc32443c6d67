package com.weighttracker.notifications.adapter.jobs;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;

/** Sends queued e-mail whose time has come (retries with back-off are the use case's). */
@Component
class MailDeliveryJob extends NotificationJobs {

    private final DeliveryJobsUseCase jobs;

    MailDeliveryJob(DeliveryJobsUseCase jobs) {
        super("notifications-mail", Duration.ofSeconds(5));
        this.jobs = jobs;
    }

    @Override
    int runBatch(int batch) {
        return jobs.deliverQueuedMail(batch);
    }
}
