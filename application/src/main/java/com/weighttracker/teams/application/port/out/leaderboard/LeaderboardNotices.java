package com.weighttracker.teams.application.port.out.leaderboard;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/** Real-time notices about teams' boards (the platform's live updates). */
public interface LeaderboardNotices {

    /** Tells the team's subscribers that its board changed. */
    void changed(UUID teamId);

    /** The user is no longer a member: their subscriptions to the team's topics end. */
    void stopFor(UUID teamId, UserId user);
}
