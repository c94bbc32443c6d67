package com.weighttracker.platform.adapter.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code weighttracker.jobs.*}: how often an instance looks for due executions, how many run at
 * once, and whether this instance runs jobs at all (an instance that only serves requests can
 * still schedule executions for the others).
 */
@ConfigurationProperties("weighttracker.jobs")
record JobProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration pollInterval,
                     @DefaultValue("4") int threads) {
}
