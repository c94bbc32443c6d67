package com.weighttracker.social.domain;

/**
 * Where a post or comment stands: visible to its readers, held for review (its author alone sees it,
 * an auto-flag did this), or removed by a moderator (soft: a moderator can restore it).
 */
public enum ContentStatus {
    VISIBLE, HELD, REMOVED
}
