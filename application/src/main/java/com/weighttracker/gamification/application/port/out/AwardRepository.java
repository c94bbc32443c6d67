package com.weighttracker.gamification.application.port.out;

import java.util.List;
import java.util.Set;

import com.weighttracker.gamification.Achievement;
import com.weighttracker.gamification.domain.Award;
import com.weighttracker.shared.UserId;

public interface AwardRepository {

    /**
     * Stores the award unless the user has this achievement already (the key decides, also between
     * two transactions at once).
     *
     * @return whether it was stored now, for the first time
     */
    boolean addIfNew(Award award);

    /** The user's awards, the latest first (at most one per achievement). */
    List<Award> of(UserId user);

    /** Which achievements the user has already. */
    Set<Achievement> achievementsOf(UserId user);

    /** Forgets every award of the user. */
    void removeAll(UserId user);
}
