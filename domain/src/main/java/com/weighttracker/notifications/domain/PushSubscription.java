package com.weighttracker.notifications.domain;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;

/**
 * A browser's Web Push subscription (the {@code PushSubscription} the browser hands out): where to
 * send, and the keys the payload is encrypted for (RFC 8291). One browser subscribes once: a second
 * subscription of the same endpoint replaces the first.
 */
public final class PushSubscription implements AggregateRoot<PushSubscription, PushSubscriptionId> {

    public static final int MAX_ENDPOINT = 1_000;
    /** How many browsers one user may subscribe. */
    public static final int MAX_PER_USER = 20;

    private final PushSubscriptionId id;
    private final UserId userId;
    private final String endpoint;
    private final String p256dh;
    private final String auth;
    private final Instant createdAt;

    private PushSubscription(PushSubscriptionId id, UserId userId, String endpoint, String p256dh, String auth,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.endpoint = Objects.requireNonNull(endpoint);
        this.p256dh = Objects.requireNonNull(p256dh);
        this.auth = Objects.requireNonNull(auth);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * A new subscription; the endpoint must be an https URL (http only for a local push service in
     * development: {@code allowPlainHttp}), the keys the browser's base64url P-256 public key (65 bytes)
     * and 16-byte auth secret.
     */
    public static PushSubscription subscribe(PushSubscriptionId id, UserId userId, String endpoint, String p256dh,
            String auth, boolean allowPlainHttp, Instant now) {
        Rules.required("endpoint", endpoint);
        Rules.required("keys.p256dh", p256dh);
        Rules.required("keys.auth", auth);
        Rules.maxLength("endpoint", endpoint, MAX_ENDPOINT);
        checkEndpoint(endpoint, allowPlainHttp);
        Rules.check(decodedLength(p256dh) == 65 && decodeUrl(p256dh)[0] == 4, "keys.p256dh",
                "keys.p256dh must be an uncompressed P-256 public key, base64url");
        Rules.check(decodedLength(auth) == 16, "keys.auth", "keys.auth must be 16 bytes, base64url");
        return new PushSubscription(id, userId, endpoint, p256dh, auth, now);
    }

    public static PushSubscription restore(PushSubscriptionId id, UserId userId, String endpoint, String p256dh,
            String auth, Instant createdAt) {
        return new PushSubscription(id, userId, endpoint, p256dh, auth, createdAt);
    }

    private static void checkEndpoint(String endpoint, boolean allowPlainHttp) {
        try {
            var uri = new URI(endpoint);
            var scheme = uri.getScheme();
            var secure = "https".equalsIgnoreCase(scheme);
            var plain = "http".equalsIgnoreCase(scheme);
            Rules.check((secure || (plain && allowPlainHttp)) && uri.getHost() != null && uri.getUserInfo() == null,
                    "endpoint", "endpoint must be the push service's https URL");
        } catch (java.net.URISyntaxException e) {
            throw InvalidInput.of("endpoint", "endpoint must be the push service's https URL");
        }
    }

    private static int decodedLength(String base64Url) {
        try {
            return decodeUrl(base64Url).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static byte[] decodeUrl(String base64Url) {
        return Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
    }

    @Override
    public PushSubscriptionId getId() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public String endpoint() {
        return endpoint;
    }

    public String p256dh() {
        return p256dh;
    }

    public String auth() {
        return auth;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
