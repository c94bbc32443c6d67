package com.weighttracker.identity.domain;

import java.util.function.Predicate;

import com.weighttracker.shared.InvalidInput;

/** A new password may not be any of the account's last {@value Account#REMEMBERED_PASSWORDS} passwords. */
public final class PasswordReusePolicy {

    private PasswordReusePolicy() {
    }

    /**
     * @param matchesCandidate tells whether a stored hash is a hash of the candidate password
     */
    public static void check(Account account, String field, Predicate<PasswordHash> matchesCandidate) {
        if (account.recentPasswords().stream().anyMatch(matchesCandidate)) {
            throw InvalidInput.of(field,
                    "choose a password you have not used for your last " + Account.REMEMBERED_PASSWORDS + " passwords");
        }
    }
}
