package com.weighttracker.teams.application.port.out;

import java.util.Set;
import java.util.function.Function;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.domain.TeamId;

/**
 * The teams a user is in, kept between requests: every team feed page asks it. Membership decides
 * who reads team content, so a join, a leave, a removal and a team's deletion evict it once they
 * have committed, before the writing request answers, and a value read while a change was committing
 * is not kept (ADR 20).
 */
public interface MemberTeamsCache {

    /** The kept teams of {@code user}, else {@code load}'s, kept. */
    Set<TeamId> teamsOf(UserId user, Function<UserId, Set<TeamId>> load);

    /** Forgets the user's teams; called after a change of their memberships committed. */
    void evict(UserId user);

    /** Keeps nothing (several instances without a shared eviction, ADR 20). */
    static MemberTeamsCache none() {
        return new MemberTeamsCache() {
            @Override
            public Set<TeamId> teamsOf(UserId user, Function<UserId, Set<TeamId>> load) {
                return load.apply(user);
            }

            @Override
            public void evict(UserId user) {
                // nothing kept
            }
        };
    }
}
