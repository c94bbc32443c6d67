package com.weighttracker.teams.application.port.in.leaderboard;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Forgets cached boards when what they show changed, and says so with {@code LeaderboardChanged}. */
public interface RefreshLeaderboardsUseCase {

    /** The user's weigh-ins or profile changed: every board of every team they belong to. */
    void userChanged(UserId userId);

    /** Someone joined, left or changed role: this team's boards. */
    void teamChanged(UUID teamId);

    /** The team is gone: its boards go too, without an event (nobody can read them any more). */
    void teamDeleted(UUID teamId);
}
