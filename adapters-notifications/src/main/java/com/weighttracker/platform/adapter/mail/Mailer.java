package com.weighttracker.platform.adapter.mail;

/** Hands an e-mail over for delivery. Never blocks on the mail server and never throws for delivery failures. */
public interface Mailer {

    void send(OutgoingMail mail);
}
