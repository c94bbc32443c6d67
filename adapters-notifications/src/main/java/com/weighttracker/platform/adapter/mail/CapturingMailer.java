package com.weighttracker.platform.adapter.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Development stand-in for SMTP: keeps the latest mails in memory for {@code GET /dev/mailbox}. */
class CapturingMailer implements Mailer {

    static final int CAPACITY = 50;

    private static final Logger log = LoggerFactory.getLogger(CapturingMailer.class);

    private final Clock clock;
    private final Deque<CapturedMail> mails = new ArrayDeque<>(CAPACITY);

    CapturingMailer(Clock clock) {
        this.clock = clock;
        log.warn("E-MAIL IS NOT SENT: no SMTP host is configured (SPRING_MAIL_HOST / spring.mail.host), so every "
                + "e-mail is captured in memory instead, and each signed-in user can read the mail sent to their own "
                + "address at GET /dev/mailbox. This is for development only: configure SMTP in production.");
    }

    @Override
    public void send(OutgoingMail mail) {
        synchronized (mails) {
            if (mails.size() == CAPACITY) {
                mails.removeLast();
            }
            mails.addFirst(new CapturedMail(mail, clock.instant()));
        }
        log.info("Captured e-mail '{}' (dev mode, not sent): its recipient reads it at GET /dev/mailbox", mail.subject());
    }

    @Override
    public void deliverNow(OutgoingMail mail) {
        send(mail);
    }

    /** Newest first. */
    List<CapturedMail> mails() {
        synchronized (mails) {
            return List.copyOf(mails);
        }
    }

    record CapturedMail(OutgoingMail mail, Instant sentAt) {
    }
}
