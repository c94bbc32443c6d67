package com.weighttracker.platform.adapter.mail;

import java.util.Map;
import java.util.Objects;

/**
 * An e-mail to one recipient: always a plain-text part, and an HTML alternative when {@code html} is
 * given; {@code headers} are extra headers such as RFC 8058's {@code List-Unsubscribe}.
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** Plain text only. */
    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, null, Map.of());
    }

    // Address and body (which may hold a token) stay out of logs and exception messages.
    @Override
    public String toString() {
        return "OutgoingMail[subject=" + subject + "]";
    }
}
