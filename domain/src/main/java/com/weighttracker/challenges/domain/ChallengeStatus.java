package com.weighttracker.challenges.domain;

/** Where a challenge stands on a day: before its start, running (until it is completed), or archived. */
public enum ChallengeStatus {
    UPCOMING, ACTIVE, COMPLETED
}
