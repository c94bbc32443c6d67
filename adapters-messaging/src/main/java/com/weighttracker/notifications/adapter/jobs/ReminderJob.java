package com.weighttracker.notifications.adapter.jobs;

import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;

/**
 * Daily weigh-in reminders and weekly check-ins, at each user's local time. Reminders are due at whole
 * minutes (in every zone: offsets are whole minutes), so the job runs at the start of each minute and
 * is picked up within the scheduler's poll interval (issue 12: a minute's 100,000 reminders out within 60 s).
 */
@Component
class ReminderJob extends NotificationJobs {

    static final String EVERY_MINUTE = "0 * * * * *";

    private final DeliveryJobsUseCase jobs;

    ReminderJob(DeliveryJobsUseCase jobs) {
        super("notifications-reminders", Schedules.cron(EVERY_MINUTE));
        this.jobs = jobs;
    }

    @Override
    int runBatch(int batch) {
        return jobs.sendDueReminders(batch);
    }
}
