package com.weighttracker.platform.config;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health check that answers within a limit: DOWN when the check it wraps has not answered by
 * then. That check goes on in the background (a stuck driver call cannot be interrupted); while it
 * does, later calls wait for the same one instead of piling up more.
 */
final class TimeBoundHealthIndicator implements HealthIndicator, AutoCloseable {

    private final HealthIndicator check;
    private final Duration limit;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "health-check");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> running;

    TimeBoundHealthIndicator(HealthIndicator check, Duration limit) {
        this.check = check;
        this.limit = limit;
    }

    @Override
    public Health health() {
        Future<Health> answer;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = executor.submit((Callable<Health>) check::health);
            }
            answer = running;
        }
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", "no answer within " + limit.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", e.getCause().getClass().getSimpleName()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
