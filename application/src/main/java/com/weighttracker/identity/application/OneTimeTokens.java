package com.weighttracker.identity.application;

import java.time.Instant;

import com.weighttracker.identity.application.port.out.OneTimeTokenRepository;
import com.weighttracker.identity.domain.OneTimeToken;
import com.weighttracker.identity.domain.OpaqueToken;
import com.weighttracker.shared.InvalidInput;

/** Redeeming e-mailed tokens, the same way for every purpose. */
final class OneTimeTokens {

    private OneTimeTokens() {
    }

    static String digestOrReject(String token) {
        if (token == null || token.isBlank()) {
            throw InvalidInput.of("token", "token is required");
        }
        return OpaqueToken.digestOf(token);
    }

    /** Uses the token once; unknown, expired, used and wrong-purpose tokens are all just invalid. */
    static OneTimeToken redeem(OneTimeTokenRepository tokens, String digest, OneTimeToken.Purpose purpose,
            Instant now) {
        var token = tokens.findByDigest(digest)
                .filter(candidate -> candidate.isRedeemable(purpose, now))
                .orElseThrow(OneTimeTokens::invalid);
        if (!tokens.markUsed(digest, now)) {
            throw invalid();
        }
        return token;
    }

    static InvalidInput invalid() {
        return InvalidInput.of("token", "This link is invalid or has expired. Please request a new one.");
    }
}
