package com.weighttracker.teams.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.teams.domain.JoinRequest;

/** A join request; the requester's username and display name are null for an account pending deletion. */
public record JoinRequestView(UUID id, UUID teamId, UUID userId, String username, String displayName,
        String message, JoinRequest.Status status, Instant createdAt, Instant decidedAt) {

    public static JoinRequestView of(JoinRequest request, UserFacts requester) {
        return new JoinRequestView(request.getId().value(), request.teamId().value(), request.userId().value(),
                requester == null ? null : requester.username(), requester == null ? null : requester.displayName(),
                request.message().orElse(null), request.status(), request.createdAt(),
                request.decidedAt().orElse(null));
    }
}
