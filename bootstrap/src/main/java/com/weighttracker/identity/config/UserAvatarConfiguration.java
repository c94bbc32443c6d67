package com.weighttracker.identity.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.application.UserAvatarService;
import com.weighttracker.identity.application.port.out.UserAvatarRepository;
import com.weighttracker.identity.application.port.out.UserFactsCache;
import com.weighttracker.identity.application.port.out.UserFactsReader;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.Transactions;

/** Users' avatars: the use case on the shared image store (ADR 10). */
@Configuration(proxyBeanMethods = false)
class UserAvatarConfiguration {

    @Bean
    UserAvatarService userAvatarService(UserAvatarRepository avatars, UserFactsReader users, UserFactsCache kept,
            ImageStore images, Transactions transactions, IdGenerator ids, Clock clock) {
        return new UserAvatarService(avatars, users, kept, images, transactions, ids, clock);
    }
}
