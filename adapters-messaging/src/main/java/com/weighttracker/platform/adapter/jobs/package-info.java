/**
 * Scheduled and queued jobs, cluster-safe on PostgreSQL (ADR 19): the platform runs every
 * db-scheduler {@code Task} bean of every context on one scheduler per instance, backed by
 * {@code platform.scheduled_tasks}. Instances claim due executions with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, so each execution runs on exactly one instance, and an
 * execution scheduled inside a business transaction is committed or rolled back with it (the
 * scheduler writes through the transaction's connection), which makes a one-time task an outbox.
 *
 * <p>A context declares a job as a package-private {@code @Component} in its {@code adapter.jobs}
 * package extending db-scheduler's {@code RecurringTask} or {@code OneTimeTask} and calling one of
 * its use cases; it schedules one-time executions through db-scheduler's {@code SchedulerClient}
 * bean. Task data is stored as JSON.
 */
@PrimaryAdapter
package com.weighttracker.platform.adapter.jobs;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
