package com.weighttracker.platform.adapter.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;

/** Exactly the opposite of {@code @ConditionalOnProperty("spring.mail.host")}: the dev default. */
class SmtpHostMissing extends NoneNestedConditions {

    SmtpHostMissing() {
        super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty("spring.mail.host")
    static class SmtpHostSet {
    }
}
