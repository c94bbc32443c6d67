package com.weighttracker.platform.adapter.messaging;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * Spring's concurrent session decorator, but a close after an ERROR frame waits (briefly) until
 * what is buffered has been written.
 *
 * <p>A refused SUBSCRIBE or SEND is answered on the receiving thread with an ERROR frame followed
 * at once by a close. When another thread (a push, a heart-beat, the CONNECTED frame) is just
 * finishing its own write, the decorator only buffers the ERROR frame (that thread has already
 * looked at the buffer for the last time) and the close then discards it: the client sees the
 * socket close without being told why. Before a close for a protocol error (the one
 * Spring makes after an ERROR frame), this decorator retries the flush by
 * sending an empty unsolicited pong (RFC 6455 allows one; clients ignore it) until the buffer is
 * empty or {@link #FLUSH_PATIENCE} has passed.
 */
final class ErrorFlushingSessionDecorator extends ConcurrentWebSocketSessionDecorator {

    static final long FLUSH_PATIENCE = TimeUnit.SECONDS.toNanos(1);

    ErrorFlushingSessionDecorator(WebSocketSession delegate, int sendTimeLimit, int bufferSizeLimit) {
        super(delegate, sendTimeLimit, bufferSizeLimit);
    }

    @Override
    public void close(CloseStatus status) throws IOException {
        if (CloseStatus.PROTOCOL_ERROR.equals(status)) {
            flushBuffered();
        }
        super.close(status);
    }

    private void flushBuffered() {
        var until = System.nanoTime() + FLUSH_PATIENCE;
        while (getBufferSize() > 0 && isOpen() && System.nanoTime() < until) {
            try {
                sendMessage(new PongMessage());
            } catch (IOException | RuntimeException unwritable) {
                return;
            }
            if (getBufferSize() > 0 && !pausedBriefly()) {
                return;
            }
        }
    }

    private static boolean pausedBriefly() {
        try {
            Thread.sleep(1);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
