package com.weighttracker.identity.adapter.captcha;

import com.weighttracker.identity.application.port.out.CaptchaVerifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the {@link CaptchaVerifier} for {@code weighttracker.captcha.provider}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaptchaProperties.class)
class CaptchaConfiguration {

    @Bean
    CaptchaVerifier captchaVerifier(CaptchaProperties properties) {
        return switch (properties.provider()) {
            case NONE -> new NoCaptchaVerifier();
            case TURNSTILE, HCAPTCHA, RECAPTCHA -> new SiteVerifyCaptchaVerifier(properties);
        };
    }
}
