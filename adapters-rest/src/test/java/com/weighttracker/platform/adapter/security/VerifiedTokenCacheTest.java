package com.weighttracker.platform.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokenCacheTest {

    private static final Instant ISSUED = Instant.parse("2026-05-01T07:00:00Z");

    private final MovableClock clock = new MovableClock(ISSUED);
    private final AtomicInteger decoded = new AtomicInteger();

    @Test
    void checksATokenOnceAndRemembersIt() {
        var cache = cache(token -> {
            decoded.incrementAndGet();
            return jwt(token);
        });

        var first = cache.decode("token-a");
        var again = cache.decode("token-a");

        assertThat(again).isSameAs(first);
        assertThat(decoded).hasValue(1);
        assertThat(cache.decode("token-b").getTokenValue()).isEqualTo("token-b");
        assertThat(decoded).hasValue(2);
    }

    @Test
    void neverRemembersATokenTheDecoderRefused() {
        var cache = cache(token -> {
            decoded.incrementAndGet();
            throw new BadJwtException("bad signature");
        });

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).hasValue(2);
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        var cache = cache(token -> {
            decoded.incrementAndGet();
            return jwt(token);
        });
        cache.decode("token-a");

        clock.now = ISSUED.plus(Duration.ofMinutes(15)).plusSeconds(1);

        assertThatThrownBy(() -> cache.decode("token-a")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(decoded).hasValue(1);
    }

    private VerifiedTokenCache cache(JwtDecoder decoder) {
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        return new VerifiedTokenCache(decoder, timestamps, 100, Duration.ofMinutes(15));
    }

    private static Jwt jwt(String token) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("user")
                .issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofMinutes(15))).build();
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
