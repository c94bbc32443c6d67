package com.weighttracker.platform.adapter.jobs;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
class JobsConfiguration {

    @Bean
    Jobs jobs(DataSource dataSource, ObjectProvider<Task<?>> tasks, JobProperties properties,
              ObjectProvider<MeterRegistry> meters, ObjectProvider<JsonMapper> json) {
        return new Jobs(dataSource, tasks.orderedStream().toList(), properties.pollInterval(), properties.threads(), properties.enabled(),
                meters.getIfAvailable(), json.getIfAvailable(JsonMapper::shared), Jobs.instanceName());
    }

    /** What contexts schedule one-time executions with. */
    @Bean
    SchedulerClient schedulerClient(Jobs jobs) {
        return jobs.scheduler();
    }
}
