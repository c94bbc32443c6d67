package com.weighttracker.teams.adapter.rest;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.domain.JoinRequest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Response bodies of /v1/teams, /v1/users/me/teams and /v1/users/me/join-requests (the {@code data} of
 * the envelope), made from the use cases' views by {@link TeamsRestMapper}.
 */
final class TeamsResponses {

    private TeamsResponses() {
    }

    /** A team; {@code avatarUrl} is where its avatar is (relative to the API's origin), null without one. */
    record Team(UUID id, String name, @Schema(nullable = true) String description,
            @Schema(allowableValues = { "public", "private" }) TeamVisibility visibility, int memberLimit,
            int memberCount, @Schema(nullable = true) String avatarUrl, Instant createdAt, Instant updatedAt,
            @Schema(nullable = true, allowableValues = { "owner", "admin", "moderator", "member" },
                    description = "your role, null when you are not a member") TeamRole myRole) {
    }

    /** A member as other members see them; never anything about their weight. */
    record Member(UUID userId,
            @Schema(nullable = true, description = "null for an account pending deletion") String username,
            @Schema(nullable = true) String displayName,
            @Schema(nullable = true, description = "where their avatar is, null without one or when their profile is "
                    + "private") String avatarUrl,
            @Schema(allowableValues = { "owner", "admin", "moderator", "member" }) TeamRole role, Instant joinedAt) {
    }

    /** An invite code as its team's admins see it; {@code active} at the moment of the answer. */
    record InviteCode(String code, UUID teamId, UUID createdBy, Instant createdAt,
            @Schema(nullable = true) Instant expiresAt, @Schema(nullable = true) Integer maxUses, int uses,
            @Schema(nullable = true) Instant revokedAt, boolean active) {
    }

    /** A join request as the team's admins see it; username and display name are null for an account being deleted. */
    record TeamJoinRequest(UUID id, UUID teamId, UUID userId, @Schema(nullable = true) String username,
            @Schema(nullable = true) String displayName, @Schema(nullable = true) String message,
            JoinRequest.Status status, Instant createdAt, @Schema(nullable = true) Instant decidedAt) {
    }

    /** A join request as its requester sees it: of the team only its id and name. */
    record OwnJoinRequest(UUID id, UUID teamId, String teamName, @Schema(nullable = true) String message,
            JoinRequest.Status status, Instant createdAt, @Schema(nullable = true) Instant decidedAt) {
    }
}
