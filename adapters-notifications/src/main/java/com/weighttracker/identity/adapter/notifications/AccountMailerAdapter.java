package com.weighttracker.identity.adapter.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.application.port.out.AccountMailer;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OneTimeToken.Purpose;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.Username;
import com.weighttracker.platform.adapter.mail.MailTemplates;
import com.weighttracker.platform.adapter.mail.Mailer;
import com.weighttracker.platform.adapter.mail.OutgoingMail;

/**
 * Writes identity's e-mails from their templates (HTML and plain text, {@code mail/identity-*}); each holds exactly
 * one link, built from {@code weighttracker.mail.link-base-url}.
 */
@Component
class AccountMailerAdapter implements AccountMailer {

    private final Mailer mailer;
    private final MailTemplates templates;
    private final String linkBaseUrl;

    AccountMailerAdapter(Mailer mailer, MailTemplates templates,
            @Value("${weighttracker.mail.link-base-url:http://localhost:8080}") String linkBaseUrl) {
        this.mailer = mailer;
        this.templates = templates;
        this.linkBaseUrl = linkBaseUrl.replaceAll("/+$", "");
    }

    @Override
    public void sendEmailVerification(EmailAddress to, Username username, OpaqueToken token) {
        send(to, "Verify your e-mail address", "identity-verification", username,
                link("/v1/auth/verify-email", token), Purpose.EMAIL_VERIFICATION.lifetime());
    }

    @Override
    public void sendPasswordReset(EmailAddress to, Username username, OpaqueToken token) {
        send(to, "Reset your password", "identity-password-reset", username, link("/reset-password", token),
                Purpose.PASSWORD_RESET.lifetime());
    }

    private void send(EmailAddress to, String subject, String template, Username username, String link,
            Duration validFor) {
        var rendered = templates.render(template, Map.of("name", username.value(), "link", link,
                "validFor", hours(validFor)));
        mailer.send(new OutgoingMail(to.value(), subject, rendered.text(), rendered.html(), Map.of()));
    }

    private String link(String path, OpaqueToken token) {
        return linkBaseUrl + path + "?token=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8);
    }

    private static String hours(Duration lifetime) {
        var hours = lifetime.toHours();
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
