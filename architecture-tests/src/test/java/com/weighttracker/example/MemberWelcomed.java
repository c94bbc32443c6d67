package com.weighttracker.example;

import com.weighttracker.shared.UserId;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/** A new member of a team was welcomed: ids and the facts a listener needs, nothing mutable. */
public record MemberWelcomed(UUID welcomeId, UUID teamId, UserId member, String greeting) implements DomainEvent {
}
