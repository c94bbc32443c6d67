package com.weighttracker.social;

import com.weighttracker.shared.UserId;

/**
 * Social's published query: whether two users blocked each other, in either direction (FR-4.1.4).
 * Messaging asks it before a direct message goes out.
 */
public interface Blocks {

    /** Whether {@code a} blocked {@code b} or {@code b} blocked {@code a}. */
    boolean eitherBlocked(UserId a, UserId b);
}
