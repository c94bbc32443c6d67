package com.weighttracker.platform.adapter.messaging;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the real-time endpoint. {@code heartbeat}: the heart-beat period the server offers both
 * ways (STOMP takes the larger of the client's and the server's, so a client asking for 10 s, as the
 * README's does, gets 10 s). Keep it well below what clients ask for: Spring's simple broker checks
 * its sessions once every offered period and sends a heart-beat only to a session silent for longer
 * than the negotiated one, so a client asking for {@code c} waits up to {@code c} plus the offered
 * period (plus whatever queue the machine adds) while stompjs gives up after {@code 2c}. Offering
 * 10 s to 10 s clients: 9,474 of 10,000 idle connections closed by their clients in a 60 s hold; 5 s:
 * 79 during a connection storm on a starved machine, and held clients saw silences of up to 16.6 s
 * of their 20 s; 2 s (the default since): at most 12 s nominal, 8 s to spare, 12.7 s measured
 * (docs/performance.md). Heart-beats are still sent only as often as each client negotiated, just
 * more regularly (every 10-12 s instead of 10-15 s for a 10 s client).
 * {@code sendTimeLimit} and {@code sendBufferSize}: a client that reads slower than it is sent to is
 * disconnected when one send takes longer, or more is waiting for it, so it never holds up the
 * others (SlowClientRealtimeTest). {@code messageSizeLimit}: the largest frame a client may send. {@code allowedOrigins}: browser origins besides the API's own.
 * {@code presenceGrace}: how long a user whose last session closed still counts as online (a
 * reconnect within it is no change). {@code inboundThreads}: the threads that act on what clients
 * send (a SEND stores its message and waits for the commit): I/O-bound work, so more than the
 * cores, and fewer than the database pool ({@code DATABASE_POOL_SIZE}) serves at once.
 * {@code outboundThreads}: the threads that write frames to the sockets (CPU-bound; a client that
 * stopped reading holds one until the send limits close it). Both pools are the real-time
 * endpoint's own (docs/performance.md, "real time with the product").
 */
@ConfigurationProperties("weighttracker.realtime")
public record RealtimeProperties(
        @DefaultValue("2s") Duration heartbeat,
        @DefaultValue("10s") Duration sendTimeLimit,
        @DefaultValue("524288") int sendBufferSize,
        @DefaultValue("65536") int messageSizeLimit,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("5s") Duration presenceGrace,
        @DefaultValue("16") int inboundThreads,
        @DefaultValue("8") int outboundThreads) {
}
