package com.weighttracker.notifications.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * A rendered e-mail waiting in the queue for its user; the address is looked up when it is sent, so
 * a changed or unverified address is respected. {@code unsubscribeUrl} is null for account mail.
 */
public record QueuedMail(UUID id, UserId user, String subject, String html, String text, String unsubscribeUrl,
        Instant notBefore, int attempts) {

    public QueuedMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(notBefore, "notBefore");
    }

    // the body may hold personal figures: not in logs
    @Override
    public String toString() {
        return "QueuedMail[id=" + id + ", subject=" + subject + "]";
    }
}
