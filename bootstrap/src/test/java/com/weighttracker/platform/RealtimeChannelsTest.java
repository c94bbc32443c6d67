package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.simp.broker.SimpleBrokerMessageHandler;
import org.springframework.messaging.support.ExecutorSubscribableChannel;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.weighttracker.support.IntegrationTest;

/**
 * The real-time endpoint's client channels run on pools of their own (weighttracker.realtime.inbound-threads
 * and outbound-threads), not on Boot's application task executor, which the outbox listeners use too
 * and which Spring Boot hands to both channels unless told otherwise (docs/performance.md).
 */
class RealtimeChannelsTest extends IntegrationTest {

    @Autowired
    @Qualifier("clientInboundChannel")
    private ExecutorSubscribableChannel inbound;

    @Autowired
    @Qualifier("clientOutboundChannel")
    private ExecutorSubscribableChannel outbound;

    @Autowired
    private SimpleBrokerMessageHandler broker;

    /**
     * The broker checks its sessions once per offered period and beats only after the negotiated one
     * (10 s for the README's client, whose stompjs gives up after 20 s): offering 2 s keeps the worst
     * silence at 12 s; 5 s let held clients see 15.7-16.6 s (docs/performance.md, held connections).
     */
    @Test
    void theBrokerOffersHeartBeatsEveryTwoSecondsAndSchedulesThem() {
        assertThat(broker.getHeartbeatValue()).containsExactly(2_000, 2_000);
        assertThat(broker.getTaskScheduler()).isNotNull();
    }

    @Test
    void theClientChannelsRunOnTheirOwnPools() {
        assertThat(inbound.getExecutor()).isInstanceOfSatisfying(ThreadPoolTaskExecutor.class, pool -> {
            assertThat(pool.getThreadNamePrefix()).isEqualTo("stomp-inbound-");
            assertThat(pool.getMaxPoolSize()).isEqualTo(16);
        });
        assertThat(outbound.getExecutor()).isInstanceOfSatisfying(ThreadPoolTaskExecutor.class, pool -> {
            assertThat(pool.getThreadNamePrefix()).isEqualTo("stomp-outbound-");
            assertThat(pool.getMaxPoolSize()).isEqualTo(8);
        });
    }
}
