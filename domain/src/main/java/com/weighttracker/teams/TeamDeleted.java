package com.weighttracker.teams;

import java.util.Set;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A team was deleted by its owner; {@code formerMembers} were its members at that moment. */
public record TeamDeleted(UUID teamId, Set<UserId> formerMembers) implements DomainEvent {

    public TeamDeleted {
        formerMembers = Set.copyOf(formerMembers);
    }
}
