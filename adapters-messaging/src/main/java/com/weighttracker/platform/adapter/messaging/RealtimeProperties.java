package com.weighttracker.platform.adapter.messaging;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the real-time endpoint. {@code heartbeat}: how often the server sends, and expects,
 * a heart-beat when a client asks for them. {@code sendTimeLimit} and {@code sendBufferSize}: a
 * client that reads slower than it is sent to is disconnected when one send takes longer, or more
 * is waiting for it, so it never holds up the others. {@code messageSizeLimit}: the largest frame a
 * client may send. {@code allowedOrigins}: browser origins besides the API's own.
 * {@code presenceGrace}: how long a user whose last session closed still counts as online (a
 * reconnect within it is no change).
 */
@ConfigurationProperties("weighttracker.realtime")
public record RealtimeProperties(
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("10s") Duration sendTimeLimit,
        @DefaultValue("524288") int sendBufferSize,
        @DefaultValue("65536") int messageSizeLimit,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("5s") Duration presenceGrace) {
}
