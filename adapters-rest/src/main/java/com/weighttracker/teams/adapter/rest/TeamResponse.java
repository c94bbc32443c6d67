package com.weighttracker.teams.adapter.rest;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.in.TeamView;

import io.swagger.v3.oas.annotations.media.Schema;

/** A team; {@code avatarUrl} is where its avatar is (relative to the API's origin), null without one. */
record TeamResponse(UUID id, String name, @Schema(nullable = true) String description,
        @Schema(allowableValues = { "public", "private" }) TeamVisibility visibility, int memberLimit,
        int memberCount, @Schema(nullable = true) String avatarUrl, Instant createdAt, Instant updatedAt,
        @Schema(nullable = true, allowableValues = { "owner", "admin", "moderator", "member" },
                description = "your role, null when you are not a member") TeamRole myRole) {

    static TeamResponse of(TeamView view) {
        return new TeamResponse(view.id(), view.name(), view.description(), view.visibility(), view.memberLimit(),
                view.memberCount(), view.hasAvatar() ? "/v1/teams/" + view.id() + "/avatar" : null, view.createdAt(),
                view.updatedAt(), view.myRole());
    }
}
