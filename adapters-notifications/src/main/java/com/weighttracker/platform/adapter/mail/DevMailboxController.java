package com.weighttracker.platform.adapter.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.mail.CapturingMailer.CapturedMail;

/**
 * Shows the captured mails, so verification and reset links can be followed without an SMTP
 * server: to a signed-in caller only the mails sent to their own address (the security chain turns
 * anonymous callers away), so nobody can read the reset link of an account they asked a reset for.
 */
@RestController
@Conditional(SmtpHostMissing.class)
class DevMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final CapturingMailer mailer;
    private final MailboxAddresses addresses;
    private final Clock clock;

    DevMailboxController(CapturingMailer mailer, MailboxAddresses addresses, Clock clock) {
        this.mailer = mailer;
        this.addresses = addresses;
        this.clock = clock;
    }

    @GetMapping("/dev/mailbox")
    Envelope mailbox() {
        var mails = callersAddress()
                .map(address -> mailer.mails().stream()
                        .filter(captured -> captured.mail().to().equalsIgnoreCase(address))
                        .map(Entry::of).toList())
                .orElse(List.of());
        return new Envelope(true, mails, new Meta(clock.instant(), MDC.get("requestId")));
    }

    private Optional<String> callersAddress() {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return addresses.addressOf(caller.getName());
    }

    record Envelope(boolean success, List<Entry> data, Meta meta) {
    }

    record Meta(Instant timestamp, String requestId) {
    }

    record Entry(String to, String subject, String text, List<String> links, Instant sentAt) {

        static Entry of(CapturedMail captured) {
            var mail = captured.mail();
            var links = LINK.matcher(mail.text()).results().map(match -> match.group()).toList();
            return new Entry(mail.to(), mail.subject(), mail.text(), links, captured.sentAt());
        }
    }
}
