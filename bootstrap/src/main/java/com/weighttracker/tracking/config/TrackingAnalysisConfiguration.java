package com.weighttracker.tracking.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.tracking.application.GoalQueryService;
import com.weighttracker.tracking.application.ProgressService;
import com.weighttracker.tracking.application.WeeklyRecapService;
import com.weighttracker.tracking.application.WeighInActivityService;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;

/** Trend, statistics, charts and the published {@code ProgressQuery}, {@code WeighInActivityQuery}, {@code WeeklyRecapQuery} and {@code GoalQuery}: read-only use cases. */
@Configuration(proxyBeanMethods = false)
class TrackingAnalysisConfiguration {

    @Bean
    ProgressService progressService(MeasurementHistory history, GoalRepository goals, UserDirectory users,
            Clock clock) {
        return new ProgressService(history, goals, users, clock);
    }

    /** Social's milestone posts ask whether the goal was reached. */
    @Bean
    GoalQueryService goalQuery(GoalRepository goals) {
        return new GoalQueryService(goals);
    }

    /** The weekly summary's recap (notifications). */
    @Bean
    WeeklyRecapService weeklyRecapService(MeasurementHistory history) {
        return new WeeklyRecapService(history);
    }

    @Bean
    WeighInActivityService weighInActivityService(MeasurementHistory history, UserDirectory users, Clock clock) {
        return new WeighInActivityService(history, users, clock);
    }
}
