package com.weighttracker.notifications.adapter.jobs;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;

/** Daily weigh-in reminders and weekly check-ins, at each user's local time. */
@Component
class ReminderJob extends NotificationJobs {

    private final DeliveryJobsUseCase jobs;

    ReminderJob(DeliveryJobsUseCase jobs) {
        super("notifications-reminders", Duration.ofSeconds(30));
        this.jobs = jobs;
    }

    @Override
    int runBatch(int batch) {
        return jobs.sendDueReminders(batch);
    }
}
