package com.weighttracker.platform.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.mockito.Mockito;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketSessionDecorator;

class ErrorFlushingSessionDecoratorTest {

    @Test
    void anErrorFrameBufferedBehindAnotherThreadsWriteIsSentBeforeTheClose() throws Exception {
        var socket = new SlowSocket();
        var session = new ErrorFlushingSessionDecorator(socket, 10_000, 512 * 1024);

        var push = CompletableFuture.runAsync(() -> send(session, "MESSAGE"));
        assertThat(socket.writing.await(5, TimeUnit.SECONDS)).isTrue();
        session.sendMessage(new TextMessage("ERROR")); // the push holds the write: only buffered
        var close = CompletableFuture.runAsync(() -> close(session));
        TimeUnit.MILLISECONDS.sleep(100);
        socket.finishWrite.countDown();
        push.get(5, TimeUnit.SECONDS);
        close.get(5, TimeUnit.SECONDS);

        assertThat(socket.texts()).containsExactly("MESSAGE", "ERROR");
        assertThat(socket.closedWith).isEqualTo(CloseStatus.PROTOCOL_ERROR);
    }

    @Test
    void aCloseWithNothingBufferedClosesAtOnce() throws Exception {
        var socket = new SlowSocket();
        socket.finishWrite.countDown();
        var session = new ErrorFlushingSessionDecorator(socket, 10_000, 512 * 1024);

        session.sendMessage(new TextMessage("ERROR"));
        session.close(CloseStatus.PROTOCOL_ERROR);

        assertThat(socket.texts()).containsExactly("ERROR");
        assertThat(socket.closedWith).isEqualTo(CloseStatus.PROTOCOL_ERROR);
    }

    private static void send(WebSocketSessionDecorator session, String text) {
        try {
            session.sendMessage(new TextMessage(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(WebSocketSessionDecorator session) {
        try {
            session.close(CloseStatus.PROTOCOL_ERROR);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A socket whose first write blocks until released; records what was written. */
    private static final class SlowSocket extends WebSocketSessionDecorator {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch finishWrite = new CountDownLatch(1);
        final List<WebSocketMessage<?>> written = new CopyOnWriteArrayList<>();
        volatile CloseStatus closedWith;

        SlowSocket() {
            super(Mockito.mock(WebSocketSession.class));
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) {
            writing.countDown();
            try {
                finishWrite.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(message);
        }

        @Override
        public boolean isOpen() {
            return closedWith == null;
        }

        @Override
        public void close(CloseStatus status) {
            closedWith = status;
        }

        List<String> texts() {
            return written.stream().filter(TextMessage.class::isInstance).map(m -> ((TextMessage) m).getPayload())
                    .toList();
        }
    }
}
