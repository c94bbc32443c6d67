package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.weighttracker.support.IntegrationTest;

/**
 * Outbox listeners ({@code @ApplicationModuleListener}, which is {@code @Async}) run on a bounded
 * pool, also now that the WebSocket broker declares executors of its own: Boot's executor, forced
 * ({@code spring.task.execution.mode: force}), is what {@code @Async} is configured with; without it
 * {@code @Async} started a thread per event (which, with the outbox's republication at start-up,
 * once took every database connection).
 */
class OutboxListenerExecutorTest extends IntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void asyncListenersRunOnTheBoundedApplicationPool() {
        assertThat(context.getBeansOfType(Executor.class)).hasSizeGreaterThan(1);

        var configurers = context.getBeansOfType(AsyncConfigurer.class).values();
        assertThat(configurers).hasSize(1);
        var executor = configurers.iterator().next().getAsyncExecutor();

        assertThat(executor).isSameAs(context.getBean("applicationTaskExecutor"));
        assertThat(executor).isInstanceOf(ThreadPoolTaskExecutor.class);
        assertThat(((ThreadPoolTaskExecutor) executor).getCorePoolSize()).isEqualTo(8);
        assertThat(((ThreadPoolTaskExecutor) executor).getMaxPoolSize()).isEqualTo(Integer.MAX_VALUE);
        assertThat(((ThreadPoolTaskExecutor) executor).getQueueCapacity()).isEqualTo(Integer.MAX_VALUE);
    }
}
