package com.weighttracker.teams.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.teams.domain.JoinRequest;
import com.weighttracker.teams.domain.Team;

/**
 * A join request as its requester sees it: of the team only its id and name (someone who asked to
 * join a private team knows of it; nothing else about it is theirs to see).
 */
public record OwnJoinRequestView(UUID id, UUID teamId, String teamName, String message, JoinRequest.Status status,
        Instant createdAt, Instant decidedAt) {

    public static OwnJoinRequestView of(JoinRequest request, Team team) {
        return new OwnJoinRequestView(request.getId().value(), request.teamId().value(), team.name().value(),
                request.message().orElse(null), request.status(), request.createdAt(),
                request.decidedAt().orElse(null));
    }
}
