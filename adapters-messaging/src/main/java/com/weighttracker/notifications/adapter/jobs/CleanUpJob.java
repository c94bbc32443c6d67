package com.weighttracker.notifications.adapter.jobs;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import com.weighttracker.notifications.application.port.in.DeliveryJobsUseCase;

/** Hourly: read notifications after 90 days, any after a year, sent e-mail after a week. */
@Component
class CleanUpJob extends RecurringTask<Void> {

    private final DeliveryJobsUseCase jobs;

    CleanUpJob(DeliveryJobsUseCase jobs) {
        super("notifications-clean-up", Schedules.fixedDelay(Duration.ofHours(1)), Void.class);
        this.jobs = jobs;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        jobs.cleanUp();
    }
}
