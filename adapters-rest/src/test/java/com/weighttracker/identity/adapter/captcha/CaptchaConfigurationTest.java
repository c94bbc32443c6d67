package com.weighttracker.identity.adapter.captcha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weighttracker.identity.application.port.out.CaptchaVerifier;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class CaptchaConfigurationTest {

    private static CaptchaProperties bindFromEnvironment(Map<String, Object> env) {
        Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource("env", env)));
        return binder.bindOrCreate("weighttracker.captcha", Bindable.of(CaptchaProperties.class));
    }

    @Test
    void providerNoneAcceptsEveryone() {
        CaptchaVerifier verifier = new CaptchaConfiguration().captchaVerifier(bindFromEnvironment(Map.of()));

        assertThat(verifier).isInstanceOf(NoCaptchaVerifier.class);
        assertThat(verifier.isHuman(null, null)).isTrue();
        assertThat(verifier.isHuman("anything", "198.51.100.1")).isTrue();
    }

    @Test
    void captchaIsOffByDefault() {
        CaptchaProperties properties = bindFromEnvironment(Map.of());

        assertThat(properties.provider()).isEqualTo(CaptchaProperties.Provider.NONE);
        assertThat(properties.minScore()).isEqualTo(0.5);
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void bindsEnvironmentVariablesAndPicksSiteVerify() {
        CaptchaProperties properties = bindFromEnvironment(Map.of(
                "WEIGHTTRACKER_CAPTCHA_PROVIDER", "recaptcha",
                "WEIGHTTRACKER_CAPTCHA_SECRET", "s3cret",
                "WEIGHTTRACKER_CAPTCHA_MIN_SCORE", "0.7",
                "WEIGHTTRACKER_CAPTCHA_TIMEOUT", "2s",
                "WEIGHTTRACKER_CAPTCHA_VERIFY_URL", "http://localhost:9/siteverify"));

        assertThat(properties.provider()).isEqualTo(CaptchaProperties.Provider.RECAPTCHA);
        assertThat(properties.secret()).isEqualTo("s3cret");
        assertThat(properties.minScore()).isEqualTo(0.7);
        assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.verifyUrl()).isEqualTo(URI.create("http://localhost:9/siteverify"));
        assertThat(new CaptchaConfiguration().captchaVerifier(properties)).isInstanceOf(SiteVerifyCaptchaVerifier.class);
    }

    @Test
    void defaultsVerifyUrlPerProvider() {
        assertThat(new CaptchaProperties(CaptchaProperties.Provider.TURNSTILE, "s", null, null, null).verifyUrl())
                .hasToString("https://challenges.cloudflare.com/turnstile/v0/siteverify");
        assertThat(new CaptchaProperties(CaptchaProperties.Provider.HCAPTCHA, "s", null, null, null).verifyUrl())
                .hasToString("https://api.hcaptcha.com/siteverify");
        assertThat(new CaptchaProperties(CaptchaProperties.Provider.RECAPTCHA, "s", null, null, null).verifyUrl())
                .hasToString("https://www.google.com/recaptcha/api/siteverify");
    }

    @Test
    void refusesToStartWhenProviderIsSetWithoutSecret() {
        assertThatThrownBy(() -> bindFromEnvironment(Map.of("WEIGHTTRACKER_CAPTCHA_PROVIDER", "turnstile")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weighttracker.captcha.secret")
                .hasMessageContaining("turnstile");
    }

    @Test
    void keepsSecretOutOfToString() {
        CaptchaProperties properties = new CaptchaProperties(CaptchaProperties.Provider.HCAPTCHA, "s3cret", null, null, null);

        assertThat(properties.toString()).doesNotContain("s3cret");
    }
}
