package com.weighttracker.teams.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.domain.Membership;

/**
 * A member as other members see them: who (username and display name, null for an account
 * pending deletion), whether they have an avatar the viewer may see, their role and since when.
 * Never anything about their weight.
 */
public record MemberView(UUID userId, String username, String displayName, boolean hasAvatar, TeamRole role,
        Instant joinedAt) {

    public static MemberView of(Membership member, UserFacts facts, UserId viewer) {
        return new MemberView(member.userId().value(), facts == null ? null : facts.username(),
                facts == null ? null : facts.displayName(), facts != null && facts.avatarVisibleTo(viewer),
                member.role(), member.joinedAt());
    }
}
