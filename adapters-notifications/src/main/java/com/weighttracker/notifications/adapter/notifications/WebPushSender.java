package com.weighttracker.notifications.adapter.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.interaso.webpush.VapidKeys;
import com.interaso.webpush.WebPush;
import com.weighttracker.notifications.application.port.out.PushSender;
import com.weighttracker.notifications.application.port.out.ServerKeys;
import com.weighttracker.notifications.domain.PushSubscription;

/**
 * Web Push with {@code com.interaso:webpush} for the protocol (RFC 8291 {@code aes128gcm} payload
 * encryption, RFC 8292 VAPID JWT) and the JDK's HTTP client for the request (short timeouts). The VAPID
 * key pair is {@code weighttracker.notifications.vapid.public-key}/{@code private-key} (X.509/PKCS#8,
 * base64) when set, else generated once and kept in the database, so every instance and restart signs
 * with the same key (browsers' subscriptions are bound to it).
 */
@Component
class WebPushSender implements PushSender {

    static final String PUBLIC_KEY = "vapid-public-x509";
    static final String PRIVATE_KEY = "vapid-private-pkcs8";
    /** How long a push service keeps a message for an offline browser. */
    private static final int TIME_TO_LIVE_SECONDS = 24 * 60 * 60;
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("content-length", "host", "connection");
    private static final Logger log = LoggerFactory.getLogger(WebPushSender.class);

    private final ServerKeys keys;
    private final String subject;
    private final String configuredPublic;
    private final String configuredPrivate;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile WebPush webPush;

    WebPushSender(ServerKeys keys,
            @Value("${weighttracker.notifications.vapid.subject:mailto:admin@weighttracker.local}") String subject,
            @Value("${weighttracker.notifications.vapid.public-key:}") String configuredPublic,
            @Value("${weighttracker.notifications.vapid.private-key:}") String configuredPrivate) {
        this.keys = keys;
        this.subject = subject;
        this.configuredPublic = configuredPublic;
        this.configuredPrivate = configuredPrivate;
    }

    @Override
    public String applicationServerKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(webPush().getVapidKeys().getApplicationServerKey());
    }

    @Override
    public Outcome send(PushSubscription subscription, PushMessage message) {
        var push = webPush();
        var body = push.getBody(json(message).getBytes(StandardCharsets.UTF_8), decode(subscription.p256dh()),
                decode(subscription.auth()));
        var request = HttpRequest.newBuilder(URI.create(subscription.endpoint()))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        push.getHeadersWithToken(subscription.endpoint(), TIME_TO_LIVE_SECONDS, null, WebPush.Urgency.Normal)
                .forEach((name, value) -> {
                    if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                        request.header(name, value);
                    }
                });
        try {
            var status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return Outcome.DELIVERED;
            }
            if (status == 404 || status == 410) {
                return Outcome.GONE;
            }
            log.warn("The push service answered {} to a push", status);
            return Outcome.FAILED;
        } catch (IOException failure) {
            log.warn("Could not reach a push service: {}", failure.getClass().getName());
            return Outcome.FAILED;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }

    private WebPush webPush() {
        var known = webPush;
        if (known == null) {
            known = new WebPush(subject, vapidKeys());
            webPush = known;
        }
        return known;
    }

    private VapidKeys vapidKeys() {
        if (!configuredPublic.isBlank() && !configuredPrivate.isBlank()) {
            return VapidKeys.create(configuredPublic, configuredPrivate);
        }
        // generated together: whichever instance stores the pair first, all use its pair
        var generated = VapidKeys.generate();
        var pair = keys.getOrCreate(PUBLIC_KEY + "+" + PRIVATE_KEY,
                () -> generated.getX509PublicKey() + " " + generated.getPkcs8PrivateKey());
        var split = pair.split(" ");
        return VapidKeys.create(split[0], split[1]);
    }

    private static byte[] decode(String base64Url) {
        return Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
    }

    /** The payload the service worker parses: {@code {title, body, link, category}}. */
    static String json(PushMessage message) {
        return "{\"title\":" + quote(message.title()) + ",\"body\":" + quote(message.body()) + ",\"link\":"
                + (message.link() == null ? "null" : quote(message.link())) + ",\"category\":"
                + quote(message.category()) + "}";
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (var c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
