package com.weighttracker.identity.adapter.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.weighttracker.identity.application.port.out.AccountMailer;
import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OneTimeToken.Purpose;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.Username;
import com.weighttracker.platform.adapter.mail.Mailer;
import com.weighttracker.platform.adapter.mail.OutgoingMail;

/** Writes identity's e-mails; each holds exactly one link, built from {@code weighttracker.mail.link-base-url}. */
@Component
class AccountMailerAdapter implements AccountMailer {

    private final Mailer mailer;
    private final String linkBaseUrl;

    AccountMailerAdapter(Mailer mailer,
            @Value("${weighttracker.mail.link-base-url:http://localhost:8080}") String linkBaseUrl) {
        this.mailer = mailer;
        this.linkBaseUrl = linkBaseUrl.replaceAll("/+$", "");
    }

    @Override
    public void sendEmailVerification(EmailAddress to, Username username, OpaqueToken token) {
        var link = link("/v1/auth/verify-email", token);
        mailer.send(new OutgoingMail(to.value(), "Verify your e-mail address", """
                Hi %s,

                Welcome to Weight Tracker! Please confirm your e-mail address by opening this link:

                %s

                The link is valid for %s.
                If you did not create an account, you can ignore this e-mail.

                Weight Tracker
                """.formatted(username.value(), link, hours(Purpose.EMAIL_VERIFICATION.lifetime()))));
    }

    @Override
    public void sendPasswordReset(EmailAddress to, Username username, OpaqueToken token) {
        var link = link("/reset-password", token);
        mailer.send(new OutgoingMail(to.value(), "Reset your password", """
                Hi %s,

                Someone, hopefully you, asked to reset your Weight Tracker password. Choose a new one here:

                %s

                The link is valid for %s and can be used once.
                If you did not ask for this, you can ignore this e-mail: your password stays the same.

                Weight Tracker
                """.formatted(username.value(), link, hours(Purpose.PASSWORD_RESET.lifetime()))));
    }

    private String link(String path, OpaqueToken token) {
        return linkBaseUrl + path + "?token=" + URLEncoder.encode(token.value(), StandardCharsets.UTF_8);
    }

    private static String hours(Duration lifetime) {
        var hours = lifetime.toHours();
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
