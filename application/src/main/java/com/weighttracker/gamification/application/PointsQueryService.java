package com.weighttracker.gamification.application;

import java.util.Collection;
import java.util.Map;

import com.weighttracker.gamification.PointsQuery;
import com.weighttracker.gamification.application.port.out.PointsLedger;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.MemberPoints;

/** The published points query, also what teams' leaderboard reads as {@link MemberPoints} (ADR 26). */
public final class PointsQueryService implements PointsQuery, MemberPoints {

    private final PointsLedger ledger;

    public PointsQueryService(PointsLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Map<UserId, Integer> pointsOf(Collection<UserId> users) {
        if (users.size() > MAX_USERS) {
            throw InvalidInput.of("users", "at most " + MAX_USERS + " users per call");
        }
        return users.isEmpty() ? Map.of() : ledger.totalsOf(users);
    }
}
