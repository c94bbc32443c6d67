package com.weighttracker.identity.config;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.application.PlatformModeratorQuery;
import com.weighttracker.identity.application.port.out.AccountRepository;

/** The platform moderator role (FR-4.1.4), granted by {@code weighttracker.moderation.platform-moderators}. */
@Configuration(proxyBeanMethods = false)
class PlatformModeratorConfiguration {

    @Bean
    PlatformModeratorQuery platformModerators(AccountRepository accounts,
            @Value("${weighttracker.moderation.platform-moderators:}") List<String> moderators) {
        return new PlatformModeratorQuery(accounts, moderators);
    }
}
