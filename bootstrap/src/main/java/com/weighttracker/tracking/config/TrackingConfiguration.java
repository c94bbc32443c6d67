package com.weighttracker.tracking.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.GoalService;
import com.weighttracker.tracking.application.GoalWatcher;
import com.weighttracker.tracking.application.WeightEntryService;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

    @Bean
    WeightEntryService weightEntryService(WeightEntryRepository entries, GoalRepository goals, UserDirectory users,
            Transactions transactions, IdGenerator ids, Clock clock) {
        return new WeightEntryService(entries, goals, users, transactions, ids, clock);
    }

    /** Follows the weigh-in change feed (ChangeFeedFollower drives every ChangeFeedConsumer bean). */
    @Bean
    GoalWatcher goalWatcher(GoalRepository goals, MeasurementHistory history, UserDirectory users, Clock clock) {
        return new GoalWatcher(goals, history, users, clock);
    }

    @Bean
    GoalService goalService(GoalRepository goals, MeasurementHistory history, UserDirectory users,
            Transactions transactions, Clock clock) {
        return new GoalService(goals, history, users, transactions, clock);
    }
}
