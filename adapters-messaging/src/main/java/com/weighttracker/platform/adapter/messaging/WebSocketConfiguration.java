package com.weighttracker.platform.adapter.messaging;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /v1/ws} with Spring's simple broker: {@code /topic/…} for shared
 * destinations (guarded on SUBSCRIBE), {@code /user/queue/…} for a user's own, {@code /app/…}
 * for what clients send. Plain WebSocket only (no SockJS fallback).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(RealtimeProperties.class)
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/v1/ws";

    private final RealtimeProperties properties;
    private final StompGatekeeper gatekeeper;
    private final LiveSessions sessions;
    private final ThreadPoolTaskScheduler heartbeats;

    WebSocketConfiguration(RealtimeProperties properties, StompGatekeeper gatekeeper, LiveSessions sessions) {
        this.properties = properties;
        this.gatekeeper = gatekeeper;
        this.sessions = sessions;
        this.heartbeats = sessions.scheduler();
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // one session's frames are acted on in the order they arrived, whatever the inbound threads
        registry.setPreserveReceiveOrder(true);
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
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(gatekeeper);
        // a send waits on its commit: size the pool for waiting, not for the cores (Spring's default: 2 per core)
        registration.taskExecutor()
                .corePoolSize(properties.inboundThreads())
                .maxPoolSize(properties.inboundThreads())
                .keepAliveSeconds(60);
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
