package com.weighttracker.notifications.adapter.mail;

import java.util.LinkedHashMap;

import org.springframework.stereotype.Component;

import com.weighttracker.notifications.application.port.out.MailSender;
import com.weighttracker.notifications.application.port.out.QueuedMail;
import com.weighttracker.platform.adapter.mail.Mailer;
import com.weighttracker.platform.adapter.mail.Mailer.MailNotSent;
import com.weighttracker.platform.adapter.mail.OutgoingMail;

/**
 * Sends a queued mail through the platform's mailer (SMTP, or the dev mailbox) and waits for the
 * answer; mail with an unsubscribe link carries RFC 8058's one-click headers, so mail clients offer
 * "unsubscribe" and can use it with a single POST.
 */
@Component
class PlatformMailSender implements MailSender {

    private final Mailer mailer;

    PlatformMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(String to, QueuedMail mail) {
        var headers = new LinkedHashMap<String, String>();
        if (mail.unsubscribeUrl() != null) {
            headers.put("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        try {
            mailer.deliverNow(new OutgoingMail(to, mail.subject(), mail.text(), mail.html(), headers));
        } catch (MailNotSent failure) {
            throw new MailNotDelivered(failure.getMessage(), failure);
        }
    }
}
