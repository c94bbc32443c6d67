package com.weighttracker.platform.adapter.mail;

/** Hands an e-mail over for delivery. */
public interface Mailer {

    /** In the background: never blocks on the mail server and never throws for delivery failures. */
    void send(OutgoingMail mail);

    /**
     * Now, on the caller's thread, for callers that keep their own queue and retry (notifications' mail job).
     *
     * @throws MailNotSent when the mail server refused it or could not be reached
     */
    void deliverNow(OutgoingMail mail);

    /** Delivery failed; the message names only the cause's type, never an address. */
    final class MailNotSent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
