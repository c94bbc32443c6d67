package com.weighttracker.identity.domain;

import java.nio.charset.StandardCharsets;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Rules;

/** What a new password must be: at least 8 characters with an upper- and lower-case letter and a digit. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be silently truncated. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Returns the password if it satisfies the policy, else rejects it under {@code field}. */
    public static String check(String field, String password) {
        Rules.required(field, password);
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw InvalidInput.of(field, "password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInput.of(field, "password must be at most " + MAX_BYTES + " bytes");
        }
        if (password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isDigit)) {
            throw InvalidInput.of(field,
                    "password must contain an upper-case letter, a lower-case letter and a digit");
        }
        return password;
    }
}
