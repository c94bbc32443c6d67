package com.weighttracker.identity;

import com.weighttracker.shared.UserId;

/**
 * Whether a user's e-mail address is verified now. An access token says what was true when it was
 * issued; ask this (one lookup) only when the token says "not verified", so a user who verified
 * after signing in is not refused until they refresh their session.
 */
public interface EmailVerificationStatus {

    boolean isVerified(UserId userId);
}
