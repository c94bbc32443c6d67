package com.weighttracker.teams.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.teams.domain.InviteCode;

/** An invite code as its team's admins see it; {@code active} at the moment of the answer. */
public record InviteCodeView(String code, UUID teamId, UUID createdBy, Instant createdAt, Instant expiresAt,
        Integer maxUses, int uses, Instant revokedAt, boolean active) {

    public static InviteCodeView of(InviteCode code, Instant now) {
        return new InviteCodeView(code.getId().value(), code.teamId().value(), code.createdBy().value(),
                code.createdAt(), code.expiresAt(), code.maxUses().orElse(null), code.uses(),
                code.revokedAt().orElse(null), code.isActive(now));
    }
}
