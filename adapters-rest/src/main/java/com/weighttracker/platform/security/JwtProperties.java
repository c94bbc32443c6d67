package com.weighttracker.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access-token signing. Give both keys as PEM (PKCS#8 private, X.509 public) in production;
 * without them a key pair is generated at start-up, and tokens die with the process.
 * {@code verifiedTokenCacheSize} bounds how many checked tokens are remembered so their signature
 * is not checked on every request (0 turns that off; see docs/performance.md).
 * {@code revocationPullInterval}: how often an instance reads the sessions other instances revoked
 * from Redis, so the longest a revoked access token still works elsewhere (ADR 4).
 */
@ConfigurationProperties("weighttracker.jwt")
public record JwtProperties(
        @DefaultValue("weight-tracker") String issuer,
        @DefaultValue("15m") Duration accessTokenLifetime,
        String privateKey,
        String publicKey,
        @DefaultValue("10000") int verifiedTokenCacheSize,
        @DefaultValue("2s") Duration revocationPullInterval) {
}
