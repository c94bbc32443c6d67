package com.weighttracker.notifications.application.port.out;

/** Sends one queued e-mail now, waiting for the mail server's answer. */
public interface MailSender {

    /**
     * @throws MailNotDelivered when the mail server refused or could not be reached; the mail is retried
     */
    void send(String to, QueuedMail mail);

    final class MailNotDelivered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MailNotDelivered(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
