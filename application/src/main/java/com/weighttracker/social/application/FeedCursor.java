package com.weighttracker.social.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.UUID;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.social.domain.Post;

/**
 * Where a feed page ended: the last post's (created at, id), to the microsecond the database keeps.
 * Clients see it as an opaque token; a new post is always newer than every cursor handed out, so it
 * can only appear on a first page, never shift a later one.
 */
record FeedCursor(Instant createdAt, UUID id) {

    static final String FIELD = "cursor";

    static FeedCursor after(Post post) {
        return new FeedCursor(post.createdAt(), post.getId().value());
    }

    String encode() {
        var micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    static FeedCursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
            var dot = text.indexOf('.');
            var micros = Long.parseLong(text.substring(0, dot));
            var id = UUID.fromString(text.substring(dot + 1));
            return new FeedCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), id);
        } catch (RuntimeException unreadable) {
            throw InvalidInput.of(FIELD, "cursor is not one this API handed out; start again without it");
        }
    }
}
