package com.weighttracker.platform.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.weighttracker.platform.adapter.mail.CapturingMailer.CapturedMail;

@ExtendWith(OutputCaptureExtension.class)
class CapturingMailerTest {

    private final CapturingMailer mailer = new CapturingMailer(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void keepsTheLatestFiftyMailsNewestFirst() {
        for (int i = 1; i <= 51; i++) {
            mailer.send(new OutgoingMail("anna@example.com", "Mail " + i, "text"));
        }

        assertThat(mailer.mails()).hasSize(50)
                .extracting(captured -> captured.mail().subject())
                .startsWith("Mail 51", "Mail 50")
                .endsWith("Mail 2");
    }

    @Test
    void saysLoudlyAtStartUpThatMailIsCapturedNotSent(CapturedOutput output) {
        new CapturingMailer(Clock.systemUTC());

        assertThat(output.getAll()).contains("WARN").contains("E-MAIL IS NOT SENT").contains("SPRING_MAIL_HOST")
                .contains("their own address");
    }

    @Test
    void stampsEachMailWithTheClock() {
        mailer.send(new OutgoingMail("anna@example.com", "Hello", "text"));

        assertThat(mailer.mails()).extracting(CapturedMail::sentAt).containsExactly(Instant.EPOCH);
    }
}
