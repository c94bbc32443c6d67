package com.weighttracker.platform.adapter.messaging;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /v1/ws} with Spring's simple broker: {@code /topic/…} for shared
 * destinations (guarded on SUBSCRIBE), {@code /user/queue/…} for a user's own, {@code /app/…}
 * for what clients send. Plain WebSocket only (no SockJS fallback).
 *
 * <p>The two client channels get thread pools of their own. Spring Boot hands both its application
 * task executor (8 threads, also running the outbox listeners), so sends that wait on their commit,
 * pushes to thousands of sockets, heart-beats and the listeners queued behind each other: at 400
 * messages/s nothing arrived within 18 s and 743 of 2,000 clients gave up on missing heart-beats
 * (docs/performance.md). This configurer runs after Boot's (lowest precedence), so its executors
 * are the ones used. {@link RealtimeBrokerConfiguration} stands in for {@code @EnableWebSocketMessageBroker}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RealtimeProperties.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer, DisposableBean {

    static final String ENDPOINT = "/v1/ws";
    /** Destinations whose subscribers the broker keeps at hand: a few per session for 20,000 sessions. */
    static final int DESTINATION_CACHE = 65_536;

    private final RealtimeProperties properties;
    private final StompGatekeeper gatekeeper;
    private final LiveSessions sessions;
    private final ThreadPoolTaskScheduler heartbeats;
    private final ThreadPoolTaskExecutor inbound;
    private final ThreadPoolTaskExecutor outbound;

    WebSocketConfiguration(RealtimeProperties properties, StompGatekeeper gatekeeper, LiveSessions sessions) {
        this.properties = properties;
        this.gatekeeper = gatekeeper;
        this.sessions = sessions;
        this.heartbeats = sessions.scheduler();
        this.inbound = pool("stomp-inbound-", properties.inboundThreads());
        this.outbound = pool("stomp-outbound-", properties.outboundThreads());
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        var endpoint = registry.addEndpoint(ENDPOINT);
        if (!properties.allowedOrigins().isEmpty()) {
            endpoint.setAllowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new));
        }
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        var beat = properties.heartbeat().toMillis();
        registry.enableSimpleBroker("/topic", "/queue")
                .setHeartbeatValue(new long[] { beat, beat })
                .setTaskScheduler(heartbeats);
        // every session's user queue is a destination of its own ("/queue/…-user<session>"): with
        // Spring's 1,024 cached destinations, 2,000 sessions made every push to a user queue a miss,
        // and a miss scans every subscription of every session (docs/performance.md)
        registry.setCacheLimit(DESTINATION_CACHE);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(gatekeeper);
        registration.executor(inbound);
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.executor(outbound);
    }

    /** A fixed pool with an unbounded queue, as Spring's own channel executors. */
    private static ThreadPoolTaskExecutor pool(String name, int threads) {
        var pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix(name);
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setAllowCoreThreadTimeOut(true);
        pool.setKeepAliveSeconds(60);
        pool.initialize();
        return pool;
    }

    @Override
    public void destroy() {
        inbound.shutdown();
        outbound.shutdown();
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(properties.messageSizeLimit())
                .setSendBufferSizeLimit(properties.sendBufferSize())
                .setSendTimeLimit((int) properties.sendTimeLimit().toMillis())
                .setTimeToFirstMessage(30_000)
                .addDecoratorFactory(sessions::track);
    }
}
