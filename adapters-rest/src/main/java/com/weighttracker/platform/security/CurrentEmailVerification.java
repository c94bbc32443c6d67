package com.weighttracker.platform.security;

import com.weighttracker.shared.UserId;

/**
 * Whether the user's e-mail address is verified now, asked when their access token says it is not
 * (it may be older than the verification); identity implements it.
 */
@FunctionalInterface
public interface CurrentEmailVerification {

    boolean isVerified(UserId userId);
}
