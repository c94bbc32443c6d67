package com.weighttracker.platform.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MailConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailConfiguration.class, DevMailboxController.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MailboxAddresses.class, () -> userId -> Optional.empty());

    @Test
    void capturesMailAndOffersTheDevMailboxWithoutSmtpHost() {
        runner.run(context -> {
            assertThat(context).getBean(Mailer.class).isInstanceOf(CapturingMailer.class);
            assertThat(context).hasSingleBean(DevMailboxController.class);
        });
    }

    @Test
    void sendsOverSmtpWithoutDevMailboxWhenSmtpHostIsSet() {
        runner.withPropertyValues("spring.mail.host=smtp.example.com").run(context -> {
            assertThat(context).getBean(Mailer.class).isInstanceOf(SmtpMailer.class);
            assertThat(context).doesNotHaveBean(DevMailboxController.class);
        });
    }
}
