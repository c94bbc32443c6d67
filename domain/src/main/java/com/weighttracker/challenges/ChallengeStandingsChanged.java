package com.weighttracker.challenges;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.FrequentEvent;

/**
 * A challenge's leaderboard may read differently now: a participant's progress changed, someone
 * joined or left, the challenge was edited or deleted, a participant was forgotten. Carries no
 * figures (what each viewer may see depends on privacy). Published by the progress watcher's batches,
 * so derived reactions only (ADR 16): the cached board is evicted (ADR 25).
 */
@FrequentEvent(feed = "ViewChallengeResultsUseCase")
public record ChallengeStandingsChanged(UUID challengeId) implements DomainEvent {
}
