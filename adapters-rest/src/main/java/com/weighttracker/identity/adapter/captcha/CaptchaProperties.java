package com.weighttracker.identity.adapter.captcha;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * CAPTCHA settings, bound from {@code weighttracker.captcha.*} (env: {@code WEIGHTTRACKER_CAPTCHA_*}).
 *
 * @param provider  which CAPTCHA service verifies tokens; {@link Provider#NONE} (the default) turns CAPTCHA off
 * @param secret    the provider's server-side secret key; required unless the provider is {@code none}
 * @param verifyUrl overrides the provider's siteverify endpoint; defaults per provider
 * @param minScore  lowest acceptable score, only applied when the provider returns one (reCAPTCHA v3); default 0.5
 * @param timeout   connect and read timeout towards the provider; default 3s
 */
@ConfigurationProperties(prefix = "weighttracker.captcha")
record CaptchaProperties(Provider provider, String secret, URI verifyUrl, Double minScore, Duration timeout) {

    static final double DEFAULT_MIN_SCORE = 0.5;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    /** The supported CAPTCHA services; all but {@link #NONE} speak the same siteverify protocol. */
    enum Provider {
        NONE(null),
        TURNSTILE("https://challenges.cloudflare.com/turnstile/v0/siteverify"),
        HCAPTCHA("https://api.hcaptcha.com/siteverify"),
        RECAPTCHA("https://www.google.com/recaptcha/api/siteverify");

        private final URI defaultVerifyUrl;

        Provider(String defaultVerifyUrl) {
            this.defaultVerifyUrl = defaultVerifyUrl == null ? null : URI.create(defaultVerifyUrl);
        }

        URI defaultVerifyUrl() {
            return defaultVerifyUrl;
        }
    }

    CaptchaProperties {
        provider = provider == null ? Provider.NONE : provider;
        minScore = minScore == null ? DEFAULT_MIN_SCORE : minScore;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (provider != Provider.NONE) {
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("weighttracker.captcha.secret (env WEIGHTTRACKER_CAPTCHA_SECRET)"
                        + " must be set when weighttracker.captcha.provider is " + provider.name().toLowerCase()
                        + "; set the provider's secret key or use provider 'none' to turn CAPTCHA off");
            }
            verifyUrl = verifyUrl == null ? provider.defaultVerifyUrl() : verifyUrl;
        }
        if (minScore.isNaN() || minScore < 0.0 || minScore > 1.0) {
            throw new IllegalArgumentException("weighttracker.captcha.min-score must be between 0.0 and 1.0, was " + minScore);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("weighttracker.captcha.timeout must be positive, was " + timeout);
        }
    }

    /** Keeps the secret out of logs and failure reports. */
    @Override
    public String toString() {
        return "CaptchaProperties[provider=" + provider + ", secret=" + (secret == null ? "null" : "******")
                + ", verifyUrl=" + verifyUrl + ", minScore=" + minScore + ", timeout=" + timeout + "]";
    }
}
