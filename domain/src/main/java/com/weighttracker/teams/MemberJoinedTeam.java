package com.weighttracker.teams;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A user became a member of a team (joined a public team, used an invite code or was approved). */
public record MemberJoinedTeam(UUID teamId, UserId userId, TeamRole role) implements DomainEvent {
}
