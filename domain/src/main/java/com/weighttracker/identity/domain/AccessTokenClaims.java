package com.weighttracker.identity.domain;

import java.time.Instant;

/**
 * What a signed access token says, after its signature was found to be ours and before anything
 * else was judged: every field may be missing ({@code null}) or wrong until {@link AccessTokenPolicy}
 * has accepted it. {@code issuedAt} is exact to the millisecond when the token says so (the
 * standard {@code iat} has whole seconds only), so a revocation can be compared with it.
 */
public record AccessTokenClaims(String issuer, String subject, Instant issuedAt, Instant expiresAt, String username,
        boolean emailVerified) {
}
