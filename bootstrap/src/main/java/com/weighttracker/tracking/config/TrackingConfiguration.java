package com.weighttracker.tracking.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.GoalService;
import com.weighttracker.tracking.application.WeightEntryService;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

@Configuration(proxyBeanMethods = false)
class TrackingConfiguration {

    @Bean
    WeightEntryService weightEntryService(WeightEntryRepository entries, GoalRepository goals,
            MeasurementHistory history, UserDirectory users, Transactions transactions,
            IdGenerator ids, Clock clock) {
        return new WeightEntryService(entries, goals, history, users, transactions, ids, clock);
    }

    @Bean
    GoalService goalService(GoalRepository goals, MeasurementHistory history, UserDirectory users,
            Transactions transactions, Clock clock) {
        return new GoalService(goals, history, users, transactions, clock);
    }
}
