package com.weighttracker.identity.adapter.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.weighttracker.identity.domain.EmailAddress;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.identity.domain.Username;
import com.weighttracker.platform.adapter.mail.MailTemplates;
import com.weighttracker.platform.adapter.mail.Mailer;
import com.weighttracker.platform.adapter.mail.OutgoingMail;

class AccountMailerAdapterTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final List<OutgoingMail> sent = new ArrayList<>();
    private final Mailer recording = new Mailer() {
        @Override
        public void send(OutgoingMail mail) {
            sent.add(mail);
        }

        @Override
        public void deliverNow(OutgoingMail mail) {
            sent.add(mail);
        }
    };
    private final AccountMailerAdapter adapter = new AccountMailerAdapter(recording, new MailTemplates(),
            "https://weights.example/");
    private final OpaqueToken token = OpaqueToken.generate();

    @Test
    void sendsVerificationMailWithTheOnlyLinkCarryingTheToken() {
        adapter.sendEmailVerification(EmailAddress.of("Anna@Example.com"), Username.of("Anna"), token);

        var mail = sent.get(0);
        assertThat(mail.to()).isEqualTo("anna@example.com");
        assertThat(mail.subject()).isEqualTo("Verify your e-mail address");
        assertThat(mail.text()).contains("Hi Anna");
        assertThat(links(mail)).containsExactly("https://weights.example/v1/auth/verify-email?token=" + token.value());
        assertThat(mail.html()).contains("Hi <span>Anna</span>",
                "href=\"https://weights.example/v1/auth/verify-email?token=" + token.value() + "\"");
    }

    @Test
    void sendsResetMailValidForOneHourAndUsableOnce() {
        adapter.sendPasswordReset(EmailAddress.of("anna@example.com"), Username.of("Anna"), token);

        var mail = sent.get(0);
        assertThat(mail.subject()).isEqualTo("Reset your password");
        assertThat(mail.text()).contains("valid for 1 hour", "used once", "did not ask");
        assertThat(links(mail)).containsExactly("https://weights.example/reset-password?token=" + token.value());
    }

    @Test
    void urlEncodesTheToken() {
        adapter.sendPasswordReset(EmailAddress.of("anna@example.com"), Username.of("Anna"), new OpaqueToken("a+b/c="));

        assertThat(links(sent.get(0))).containsExactly("https://weights.example/reset-password?token=a%2Bb%2Fc%3D");
    }

    private static List<String> links(OutgoingMail mail) {
        return LINK.matcher(mail.text()).results().map(match -> match.group()).toList();
    }
}
