package com.weighttracker.teams.adapter.rest;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.application.port.in.MemberView;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member as other members see them; never anything about their weight. */
record MemberResponse(UUID userId,
        @Schema(nullable = true, description = "null for an account pending deletion") String username,
        @Schema(nullable = true) String displayName,
        @Schema(nullable = true, description = "where their avatar is, null without one or when their profile is "
                + "private") String avatarUrl,
        @Schema(allowableValues = { "owner", "admin", "moderator", "member" }) TeamRole role, Instant joinedAt) {

    static MemberResponse of(MemberView view) {
        return new MemberResponse(view.userId(), view.username(), view.displayName(),
                view.hasAvatar() ? ImageExchange.userAvatarUrl(view.userId()) : null, view.role(), view.joinedAt());
    }
}
