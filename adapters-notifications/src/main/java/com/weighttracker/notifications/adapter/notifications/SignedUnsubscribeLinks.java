package com.weighttracker.notifications.adapter.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.out.ServerKeys;
import com.weighttracker.notifications.application.port.out.UnsubscribeLinks;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.shared.UserId;

/**
 * Unsubscribe tokens {@code <user id>.<category>.<HMAC-SHA256 of both, base64url>}: no expiry (an
 * unsubscribe link must keep working), no state. The key is {@code weighttracker.notifications.unsubscribe-secret}
 * when set, else one generated once and kept in the database.
 */
@Component
class SignedUnsubscribeLinks implements UnsubscribeLinks {

    static final String KEY_NAME = "unsubscribe-hmac";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ServerKeys keys;
    private final String configuredSecret;
    private final String baseUrl;
    private volatile SecretKeySpec key;

    SignedUnsubscribeLinks(ServerKeys keys,
            @Value("${weighttracker.notifications.unsubscribe-secret:}") String configuredSecret,
            @Value("${weighttracker.mail.link-base-url:http://localhost:8080}") String baseUrl) {
        this.keys = keys;
        this.configuredSecret = configuredSecret;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public String linkFor(UserId user, Category category) {
        var payload = user.value() + "." + category.name();
        return baseUrl + "/v1/notifications/unsubscribe?token=" + payload + "." + sign(payload);
    }

    @Override
    public Optional<Unsubscription> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        var parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        var payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Unsubscription(new UserId(UUID.fromString(parts[0])), Category.valueOf(parts[1])));
        } catch (IllegalArgumentException signedButGone) {
            return Optional.empty(); // a category that no longer exists
        }
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return BASE64URL.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        var known = key;
        if (known == null) {
            var secret = configuredSecret.isBlank() ? keys.getOrCreate(KEY_NAME, SignedUnsubscribeLinks::newSecret)
                    : configuredSecret;
            known = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            key = known;
        }
        return known;
    }

    private static String newSecret() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return BASE64URL.encodeToString(bytes);
    }
}
