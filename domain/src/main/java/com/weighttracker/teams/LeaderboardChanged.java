package com.weighttracker.teams;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.FrequentEvent;

/**
 * A team's leaderboard may read differently now (a member weighed in, joined or left), so real-time
 * clients can refetch it. Carries no figures: what each viewer may see depends on privacy. One per
 * team of a member on every weigh-in, so derived reactions only (live pushes); the board itself is
 * the published query.
 */
@FrequentEvent(feed = "ViewLeaderboardUseCase")
public record LeaderboardChanged(UUID teamId) implements DomainEvent {
}
