package com.weighttracker.teams;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A member was promoted or demoted; a transfer of ownership publishes one for each of the two members. */
public record MemberRoleChanged(UUID teamId, UserId userId, TeamRole from, TeamRole to) implements DomainEvent {
}
