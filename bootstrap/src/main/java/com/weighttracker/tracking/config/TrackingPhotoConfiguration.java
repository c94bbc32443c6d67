package com.weighttracker.tracking.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.EntryPhotoService;
import com.weighttracker.tracking.application.port.out.EntryPhotoRepository;
import com.weighttracker.tracking.domain.PhotoViewingPolicy;

/** Photos of weigh-ins (FR-2.1): the use case, its image store and who may see the photos. */
@Configuration(proxyBeanMethods = false)
class TrackingPhotoConfiguration {

    /** Owner only, until a sharing context (teams) supplies a policy that honours privacy settings. */
    @Bean
    PhotoViewingPolicy photoViewingPolicy() {
        return PhotoViewingPolicy.ownerOnly();
    }

    @Bean
    EntryPhotoService entryPhotoService(EntryPhotoRepository photos, ImageStore images, PhotoViewingPolicy viewing,
            Transactions transactions, IdGenerator ids, Clock clock) {
        return new EntryPhotoService(photos, images, viewing, transactions, ids, clock);
    }
}
