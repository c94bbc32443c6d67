package com.weighttracker.tracking.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.ExportWeightEntriesService;
import com.weighttracker.tracking.application.ImportWeightEntriesService;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;

/** Wiring of tracking's file import and export use cases. */
@Configuration(proxyBeanMethods = false)
class TrackingImportConfiguration {

    @Bean
    ImportWeightEntriesService importWeightEntriesService(WeightEntryRepository entries, UserDirectory users,
            Transactions transactions, DomainEvents events, IdGenerator ids, Clock clock) {
        return new ImportWeightEntriesService(entries, users, transactions, events, ids, clock);
    }

    @Bean
    ExportWeightEntriesService exportWeightEntriesService(WeightEntryRepository entries, UserDirectory users,
            Clock clock) {
        return new ExportWeightEntriesService(entries, users, clock);
    }
}
