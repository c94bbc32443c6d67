package com.weighttracker.example.config;

import com.weighttracker.example.application.WelcomeService;
import com.weighttracker.example.application.port.out.Welcomes;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Use cases are plain Java; they become beans here. */
@Configuration(proxyBeanMethods = false)
class ExampleConfiguration {

    @Bean
    WelcomeService welcomeService(Welcomes welcomes, UserDirectory users, Transactions transactions, IdGenerator ids) {
        return new WelcomeService(welcomes, users, transactions, ids);
    }
}
