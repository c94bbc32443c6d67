package com.weighttracker.platform.adapter.events;

import java.lang.reflect.Method;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationListenerMethodAdapter;
import org.springframework.context.event.EventListenerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns {@link DerivedReaction} methods into listeners that run after commit on their own executor.
 * They are plain application listeners, not transactional ones, so Spring Modulith writes no outbox
 * publication for them (it persists only after-commit {@code TransactionalApplicationListener}s).
 */
@Component
class DerivedReactions implements EventListenerFactory, Ordered, DisposableBean, ApplicationContextAware,
        SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DerivedReactions.class);
    static final int QUEUE_CAPACITY = 10_000;

    private final ThreadPoolExecutor executor;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong ranOnWriter = new AtomicLong();
    private final AtomicLong lastBackPressureLog = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(2));
    private final AtomicLong failed = new AtomicLong();
    private ApplicationContext context;

    /**
     * Without dependencies: Spring creates event listener factories before most beans exist. The
     * counters join {@code /metrics} once every singleton exists.
     */
    DerivedReactions() {
        var threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY),
                runnable -> {
                    var thread = new Thread(runnable, "derived-reaction-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                (runnable, pool) -> backPressure(runnable, pool));
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        context.getBeanProvider(MeterRegistry.class).ifAvailable(meters -> {
            FunctionCounter.builder("weighttracker.derived.reactions.dropped", dropped, AtomicLong::get)
                    .description("Derived reactions dropped because the application was shutting down")
                    .register(meters);
            FunctionCounter.builder("weighttracker.derived.reactions.on.writer", ranOnWriter, AtomicLong::get)
                    .description("Derived reactions the writer's thread ran because their queue was full")
                    .register(meters);
            FunctionCounter.builder("weighttracker.derived.reactions.failed", failed, AtomicLong::get)
                    .description("Derived reactions that threw").register(meters);
        });
    }

    /** Before Spring's transactional and default factories, which would claim the method too. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public boolean supportsMethod(Method method) {
        return AnnotatedElementUtils.hasAnnotation(method, DerivedReaction.class);
    }

    @Override
    public ApplicationListener<?> createApplicationListener(String beanName, Class<?> type, Method method) {
        return new AfterCommitListener(beanName, type, method);
    }

    /**
     * The queue is full: the writers produce reactions faster than they can run. Rather than lose
     * them, the writer's own thread runs this one (after its commit, failures still caught), which
     * slows the writers down to what the reactions cost. Said once a minute, not once a reaction.
     */
    private void backPressure(Runnable reaction, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            dropped.incrementAndGet();
            return;
        }
        ranOnWriter.incrementAndGet();
        var now = System.nanoTime();
        var last = lastBackPressureLog.get();
        if (now - last > TimeUnit.MINUTES.toNanos(1) && lastBackPressureLog.compareAndSet(last, now)) {
            log.warn("Derived reactions fall behind (queue of {} full): writers run them themselves ({} so far)",
                    QUEUE_CAPACITY, ranOnWriter.get());
        }
        reaction.run();
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn("{} derived reactions were still queued at shutdown", executor.getQueue().size());
            executor.shutdownNow();
        }
    }

    private final class AfterCommitListener extends ApplicationListenerMethodAdapter {

        AfterCommitListener(String beanName, Class<?> type, Method method) {
            super(beanName, type, method);
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                submit(event);
                return;
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        submit(event);
                    }
                }
            });
        }

        private void submit(ApplicationEvent event) {
            if (executor.isShutdown()) {
                dropped.incrementAndGet();
                return;
            }
            executor.execute(() -> {
                try {
                    processEvent(event);
                } catch (RuntimeException | Error e) {
                    failed.incrementAndGet();
                    log.warn("Derived reaction {} failed for {}", getListenerId(), event, e);
                }
            });
        }
    }
}
