package com.weighttracker.identity.application.port.out;

import java.time.Instant;

import com.weighttracker.identity.domain.Account;

/** Signs short-lived access tokens (JWT) that every other context trusts without a lookup. */
public interface AccessTokenIssuer {

    record AccessToken(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "AccessToken[redacted, expiresAt=" + expiresAt + "]";
        }
    }

    AccessToken issueFor(Account account, Instant now);
}
