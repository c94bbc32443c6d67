package com.weighttracker.messaging.application.port.out;

import com.weighttracker.shared.UserId;

/**
 * Whether one of two users blocked the other (social owns blocks; its published query
 * {@code social.Blocks#eitherBlocked} answers it). Blocking applies to direct conversations only.
 */
@FunctionalInterface
public interface BlockedUsers {

    boolean eitherBlocked(UserId a, UserId b);
}
