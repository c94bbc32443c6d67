package com.weighttracker.notifications.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.weighttracker.shared.UserId;

/** The outbox of e-mail: written in the transaction that decided to send, drained by the mail job. */
public interface MailQueue {

    void enqueue(QueuedMail mail);

    /** {@link #enqueue} for many, in one statement (the weekly summaries' batch). */
    void enqueueAll(List<QueuedMail> mails);

    /** Mails due at {@code now} and not yet sent or abandoned, oldest first, claimed (skip locked). */
    List<QueuedMail> claimDue(Instant now, int limit);

    /** The mails went out: done, in one statement for a delivery batch. */
    void sentAll(Collection<UUID> ids, Instant at);

    /** Try again at {@code retryAt}, or never when null (abandoned); {@code reason} is a short, address-free text. */
    void failed(UUID id, int attempts, Instant retryAt, String reason);

    /** Sent or abandoned mails done before {@code cutoff}. */
    int deleteDoneBefore(Instant cutoff);

    void deleteAllOf(UserId user);
}
