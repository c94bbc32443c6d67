package com.weighttracker.example.application.port.in;

import com.weighttracker.shared.UserId;
import java.util.Objects;
import java.util.UUID;

/** The command: a self-validating record. */
public record WelcomeNewMember(UUID teamId, UserId member) {

    public WelcomeNewMember {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(member, "member");
    }
}
