package com.weighttracker.challenges.application.port.in;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.weighttracker.challenges.ChallengeType;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeStatus;
import com.weighttracker.challenges.domain.Scoring;

/**
 * A challenge as a viewer sees it.
 *
 * @param target percent, kilograms or days by type (in handicap mode: percent of the expected loss)
 * @param joined whether the viewer takes part
 * @param scoring how participants are scored, in words
 */
public record ChallengeView(UUID id, String name, String description, ChallengeType type, LocalDate startDate,
        LocalDate endDate, BigDecimal target, int rewardPoints, boolean handicap, UUID teamId, UUID createdBy,
        ChallengeStatus status, int participantCount, boolean joined, Instant createdAt, Instant updatedAt,
        Instant completedAt, List<UUID> winners, String scoring) {

    public static ChallengeView of(Challenge challenge, LocalDate today, int participants, boolean joined) {
        return new ChallengeView(challenge.getId().value(), challenge.name(), challenge.description().orElse(null),
                challenge.type(), challenge.startDate(), challenge.endDate(), challenge.target(),
                challenge.rewardPoints(), challenge.handicap(), challenge.teamId().orElse(null),
                challenge.createdBy().value(), challenge.status(today), participants, joined, challenge.createdAt(),
                challenge.updatedAt(), challenge.completedAt().orElse(null),
                challenge.winners().stream().map(w -> w.value()).toList(), rules(challenge));
    }

    public static String rules(Challenge challenge) {
        return Scoring.RULES + (challenge.handicap() ? Scoring.HANDICAP_RULES : "");
    }
}
