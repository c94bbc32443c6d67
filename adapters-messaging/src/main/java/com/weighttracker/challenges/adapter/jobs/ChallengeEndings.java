package com.weighttracker.challenges.adapter.jobs;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.weighttracker.challenges.application.port.in.CompleteChallengesUseCase;

/**
 * Every minute ({@code weighttracker.challenges.end-check-interval}), on exactly one instance (the
 * platform's db-scheduler, ADR 19): completes the challenges whose last day is over in every time zone.
 * Idempotent: a challenge completed already is left alone.
 */
@Component
class ChallengeEndings extends RecurringTask<Void> {

    static final String NAME = "challenges-end";

    private final CompleteChallengesUseCase completion;

    ChallengeEndings(CompleteChallengesUseCase completion,
            @Value("${weighttracker.challenges.end-check-interval:1m}") Duration interval) {
        super(NAME, Schedules.fixedDelay(interval), Void.class);
        this.completion = completion;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        completion.completeEnded();
    }
}
