package com.weighttracker.platform.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

class SmtpMailerTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Test
    void deliversMailThroughSmtp() throws Exception {
        var sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(ServerSetupTest.SMTP.getPort());

        try (var mailer = new SmtpMailer(sender, "Weight Tracker <no-reply@weighttracker.local>")) {
            mailer.send(new OutgoingMail("anna@example.com", "Verify your e-mail address", "Hi anna"));

            assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        }
        var received = greenMail.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("anna@example.com");
        assertThat(received.getFrom()).extracting(Object::toString)
                .containsExactly("Weight Tracker <no-reply@weighttracker.local>");
        assertThat(received.getSubject()).isEqualTo("Verify your e-mail address");
        assertThat(GreenMailUtil.getBody(received)).isEqualTo("Hi anna");
    }
}
