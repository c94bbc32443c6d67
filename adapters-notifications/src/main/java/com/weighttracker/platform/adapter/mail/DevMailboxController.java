package com.weighttracker.platform.adapter.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.mail.CapturingMailer.CapturedMail;

/** Shows the captured mails, so verification and reset links can be followed without an SMTP server. */
@RestController
@Conditional(SmtpHostMissing.class)
class DevMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final CapturingMailer mailer;
    private final Clock clock;

    DevMailboxController(CapturingMailer mailer, Clock clock) {
        this.mailer = mailer;
        this.clock = clock;
    }

    @GetMapping("/dev/mailbox")
    Envelope mailbox() {
        var mails = mailer.mails().stream().map(Entry::of).toList();
        return new Envelope(true, mails, new Meta(clock.instant(), MDC.get("requestId")));
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
