package com.weighttracker.platform.adapter.mail;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** SMTP when {@code spring.mail.host} is set (Boot then provides the JavaMailSender), capture otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    SmtpMailer smtpMailer(JavaMailSender sender,
            @Value("${weighttracker.mail.from:Weight Tracker <no-reply@weighttracker.local>}") String from) {
        return new SmtpMailer(sender, from);
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }

    @Bean
    @Conditional(SmtpHostMissing.class)
    CapturingMailer capturingMailer(Clock clock) {
        return new CapturingMailer(clock);
    }
}
