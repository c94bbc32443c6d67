package com.weighttracker.challenges.application.port.in;

import com.weighttracker.challenges.domain.ChallengeStatus;

/**
 * Which challenges to browse.
 *
 * @param status active (the default), upcoming or completed; null means every status
 * @param mine only those the viewer created or takes part in
 */
public record ChallengeFilter(ChallengeStatus status, boolean mine) {
}
