package com.weighttracker.teams;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

/**
 * A team's leaderboard may read differently now (a member weighed in, joined or left), so real-time
 * clients can refetch it. Carries no figures: what each viewer may see depends on privacy.
 */
public record LeaderboardChanged(UUID teamId) implements DomainEvent {
}
