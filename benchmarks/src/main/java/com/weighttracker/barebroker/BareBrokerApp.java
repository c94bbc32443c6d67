package com.weighttracker.barebroker;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The yardstick for the product's messaging: a bare Spring Boot app with STOMP over WebSocket at
 * {@code /v1/ws} on Spring's simple broker ({@code /topic}, {@code /queue}; application prefix
 * {@code /app}) and one handler, {@code SEND /app/conversations/{id}/send}, which broadcasts the frame's
 * body unchanged (content type kept) to {@code /topic/conversations/{id}}; {@code POST
 * /v1/conversations/{id}/messages} does the same over HTTP (202), for a product that takes messages
 * over HTTP and delivers them over STOMP. No persistence, no
 * authentication, no authorisation, no envelope: what a STOMP message costs on this machine before the
 * product adds anything. Lives only here, never in the product; it does not depend on bootstrap.
 *
 * <p>Port {@code BARE_BROKER_PORT} (18082). Tomcat accepts {@code MAX_CONNECTIONS} (20,000; its
 * default of 8,192 leaves the rest of 10,000 clients waiting in the accept queue) with an accept queue
 * of {@code ACCEPT_COUNT} (1,000) and {@code SERVER_THREADS} (16, the product's default) request
 * threads.
 *
 * <p>Heart-beats: the broker offers {@code BROKER_HEARTBEAT_MS} (5,000 ms) both ways; a client asking
 * for 10 s gets 10 s (STOMP takes the larger of the two), and one asking for none gets none. Offering
 * half of what clients use matters: the simple broker checks its sessions every offered period and
 * sends a heart-beat only to a session silent for longer than the negotiated one, so with 10 s offered
 * an idle client may wait up to 20 s for its first heart-beat — exactly the default patience of stompjs
 * (two periods), and 2-3 % of 10,000 idle connections were closed by their clients in a 60 s hold.
 * With 5 s offered, an idle client hears from the broker every 10-15 s.
 *
 * <p>Its package is deliberately outside {@code com.weighttracker.benchmarks}: {@code BaselineApp}
 * scans that package and everything below it, and must not pick up a broker.
 */
// no database: the module's JDBC and jOOQ starters (for BaselineApp) back off without a DataSource
@SpringBootApplication(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableWebSocketMessageBroker
public class BareBrokerApp {

    public static void main(String[] args) {
        var app = new SpringApplication(BareBrokerApp.class);
        app.setDefaultProperties(Map.of(
                "server.port", env("BARE_BROKER_PORT", "18082"),
                "server.tomcat.max-connections", env("MAX_CONNECTIONS", "20000"),
                "server.tomcat.accept-count", env("ACCEPT_COUNT", "1000"),
                "server.tomcat.threads.max", env("SERVER_THREADS", "16"),
                "spring.main.banner-mode", "off",
                "logging.level.root", "WARN"));
        app.run(args);
    }

    static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Bean
    ThreadPoolTaskScheduler heartbeatScheduler() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("broker-heartbeat-");
        return scheduler;
    }

    @Bean
    WebSocketMessageBrokerConfigurer stompOverWebSocket(ThreadPoolTaskScheduler heartbeatScheduler) {
        long heartbeat = Long.parseLong(env("BROKER_HEARTBEAT_MS", "5000"));
        return new WebSocketMessageBrokerConfigurer() {

            @Override
            public void registerStompEndpoints(StompEndpointRegistry registry) {
                registry.addEndpoint("/v1/ws").setAllowedOriginPatterns("*");
            }

            @Override
            public void configureMessageBroker(MessageBrokerRegistry registry) {
                registry.setApplicationDestinationPrefixes("/app");
                registry.enableSimpleBroker("/topic", "/queue")
                        .setHeartbeatValue(new long[] {heartbeat, heartbeat})
                        .setTaskScheduler(heartbeatScheduler);
            }
        };
    }

    /**
     * Relays what a client sends to a conversation, over STOMP or over HTTP, to everybody subscribed to
     * it, as it came.
     */
    @Controller
    static class Conversations {

        private final SimpMessageSendingOperations broker;

        Conversations(SimpMessageSendingOperations broker) {
            this.broker = broker;
        }

        @MessageMapping("/conversations/{id}/send")
        void send(@DestinationVariable String id, Message<byte[]> message) {
            relay(id, message.getPayload(), message.getHeaders().get(MessageHeaders.CONTENT_TYPE));
        }

        @PostMapping("/v1/conversations/{id}/messages")
        ResponseEntity<Void> post(@PathVariable String id, @RequestBody byte[] body,
                @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
            relay(id, body, contentType);
            return ResponseEntity.accepted().build();
        }

        private void relay(String id, byte[] body, Object contentType) {
            var headers = SimpMessageHeaderAccessor.create(SimpMessageType.MESSAGE);
            if (contentType != null) {
                headers.setHeader(MessageHeaders.CONTENT_TYPE, contentType);
            }
            headers.setLeaveMutable(true);
            broker.send("/topic/conversations/" + id, MessageBuilder.createMessage(body, headers.getMessageHeaders()));
        }
    }
}
