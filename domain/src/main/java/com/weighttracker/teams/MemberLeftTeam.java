package com.weighttracker.teams;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A user stopped being a member of a team: they left, or were removed. */
public record MemberLeftTeam(UUID teamId, UserId userId, Reason reason) implements DomainEvent {

    public enum Reason {
        LEFT, REMOVED
    }
}
