package com.weighttracker.platform.adapter.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code weighttracker.jobs.*}: how often an instance looks for due executions, how many run at
 * once, and whether this instance runs jobs at all (an instance that only serves requests can
 * still schedule executions for the others), and how much nicer than requests (0 to 19) the threads
 * that run the jobs make themselves: 0 by default (ADR 29: 10 was measured against 0 on the weekly summary
 * and made no difference the harness could tell from noise; the job's own threads take about 4 % of a core,
 * its statements run in the database at the database's priority).
 */
@ConfigurationProperties("weighttracker.jobs")
record JobProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration pollInterval,
                     @DefaultValue("4") int threads, @DefaultValue("0") int niceness) {
}
