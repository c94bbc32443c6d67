package com.weighttracker.platform.adapter.mail;

import java.util.Objects;

/** A plain-text e-mail to one recipient. */
public record OutgoingMail(String to, String subject, String text) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    // Address and body (which may hold a token) stay out of logs and exception messages.
    @Override
    public String toString() {
        return "OutgoingMail[subject=" + subject + "]";
    }
}
