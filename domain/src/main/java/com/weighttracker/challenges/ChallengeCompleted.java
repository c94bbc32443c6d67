package com.weighttracker.challenges;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/**
 * A challenge ended, because a participant reached its target or its last day passed, and is archived.
 * For notifications, real time and gamification (reward points, the "first challenge completed" badge).
 *
 * @param teamId the team of a team challenge, null for a public one
 * @param winners the participants ranked first (several on a tie); empty when nobody made progress
 * @param participants everybody who took part, winners included
 * @param rewardPoints what each winner earns
 */
public record ChallengeCompleted(UUID challengeId, String name, UUID teamId, int rewardPoints, List<UserId> winners,
        List<UserId> participants, Instant completedAt) implements DomainEvent {

    public ChallengeCompleted {
        Objects.requireNonNull(challengeId, "challengeId");
        winners = List.copyOf(winners);
        participants = List.copyOf(participants);
    }
}
