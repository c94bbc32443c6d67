package com.weighttracker.platform.adapter.rest;

import java.time.Instant;
import java.time.LocalDate;

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

    /** Strings without control characters; instants and dates as ISO-8601 strings only (ADR 6). */
    @Bean
    JacksonModule strictInput() {
        return new SimpleModule("strict-input").addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(Instant.class, IsoTimeDeserializers.instants())
                .addDeserializer(LocalDate.class, IsoTimeDeserializers.dates());
    }
}
