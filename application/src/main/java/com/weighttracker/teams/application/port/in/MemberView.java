package com.weighttracker.teams.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.Membership;

/**
 * A member as other members see them: who (username and display name, null for an account
 * pending deletion), their role and since when. Never anything about their weight.
 */
public record MemberView(UUID userId, String username, String displayName, TeamRole role, Instant joinedAt) {

    public static MemberView of(Membership member, UserFacts facts) {
        return new MemberView(member.userId().value(), facts == null ? null : facts.username(),
                facts == null ? null : facts.displayName(), member.role(), member.joinedAt());
    }
}
