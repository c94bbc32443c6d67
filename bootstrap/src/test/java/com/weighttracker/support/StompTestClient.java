package com.weighttracker.support;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.messaging.converter.ByteArrayMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

import tools.jackson.databind.JsonNode;

/**
 * A real STOMP-over-WebSocket client (Spring's {@link WebSocketStompClient}) for tests: connects
 * to {@code /v1/ws} with an access token, subscribes into inboxes of JSON frames, sends JSON,
 * and records the ERROR frames and the closing the server answers with.
 */
public final class StompTestClient {

    // generous: a whole test suite on two busy cores has kept an ERROR frame waiting over 10 s
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final WebSocketStompClient CLIENT = client();

    private StompTestClient() {
    }

    private static WebSocketStompClient client() {
        var client = new WebSocketStompClient(new StandardWebSocketClient());
        // raw bytes both ways, whatever the content type (frames are JSON, read with Api.JSON)
        client.setMessageConverter(new ByteArrayMessageConverter() {
            @Override
            protected boolean supportsMimeType(org.springframework.messaging.MessageHeaders headers) {
                return true;
            }
        });
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setDaemon(true);
        scheduler.setThreadNamePrefix("stomp-test-client-");
        scheduler.initialize();
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] { 10_000, 10_000 });
        return client;
    }

    /** Connects with the token; an {@link Connection} whose {@link Connection#refusal()} says why when refused. */
    public static Connection connect(int port, String accessToken) {
        var connection = new Connection();
        var headers = new StompHeaders();
        if (accessToken != null) {
            headers.add("Authorization", "Bearer " + accessToken);
        }
        var future = CLIENT.connectAsync("ws://localhost:" + port + "/v1/ws", new WebSocketHttpHeaders(), headers,
                connection);
        try {
            connection.session = future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException refused) {
            connection.closed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return connection;
    }

    /** One connection: its session (null when refused), its ERROR frames, whether the server closed it. */
    public static final class Connection extends StompSessionHandlerAdapter implements AutoCloseable {

        private volatile StompSession session;
        private volatile boolean closed;
        private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

        public boolean isConnected() {
            return session != null && session.isConnected() && !closed;
        }

        /** The message of the first ERROR frame, waiting for it a while; null when none came. */
        public String refusal() {
            try {
                return errors.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** Waits until the server closed the connection. */
        public boolean awaitClosed() {
            var until = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < until) {
                if (!isConnected()) {
                    return true;
                }
                sleep(50);
            }
            return false;
        }

        public Inbox subscribe(String destination) {
            var inbox = new Inbox();
            session.subscribe(destination, inbox);
            return inbox;
        }

        public void send(String destination, Object body) {
            var headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
            session.send(headers, Api.JSON.writeValueAsBytes(body));
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            // only ERROR frames reach the session handler
            errors.add(headers.getFirst("message") == null ? "" : headers.getFirst("message"));
        }

        @Override
        public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload,
                Throwable exception) {
            errors.add(String.valueOf(exception.getMessage()));
        }

        @Override
        public void handleTransportError(StompSession s, Throwable exception) {
            closed = true;
        }

        @Override
        public void close() {
            if (session != null && session.isConnected()) {
                try {
                    session.disconnect();
                } catch (RuntimeException ignored) {
                    // closed already
                }
            }
        }
    }

    /** The JSON frames of one subscription, in order. */
    public static final class Inbox implements StompFrameHandler {

        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return byte[].class;
        }

        @Override
        public void handleFrame(StompHeaders headers, Object payload) {
            frames.add(Api.JSON.readTree(new String((byte[]) payload, StandardCharsets.UTF_8)));
        }

        /** The next frame, waiting up to 30 s; null when none came. */
        public JsonNode next() {
            return next(WAIT);
        }

        public JsonNode next(Duration wait) {
            try {
                return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** The next frame of the given type, skipping others, waiting up to 30 s; null when none came. */
        public JsonNode next(String type) {
            return next(type, WAIT);
        }

        /** The next frame of the given type, skipping others, waiting up to {@code wait}; null when none came. */
        public JsonNode next(String type, Duration wait) {
            var until = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < until) {
                var frame = next(Duration.ofNanos(until - System.nanoTime()));
                if (frame != null && type.equals(frame.path("type").asString())) {
                    return frame;
                }
            }
            return null;
        }

        public boolean isEmpty() {
            return frames.isEmpty();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
