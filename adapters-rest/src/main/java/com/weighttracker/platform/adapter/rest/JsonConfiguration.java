package com.weighttracker.platform.adapter.rest;

import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** What the API's JSON adds to Spring Boot's Jackson defaults (registered by Boot as a module bean). */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule isoInstants() {
        return new SimpleModule("iso-instants").addSerializer(Instant.class, new IsoInstantSerializer());
    }
}
