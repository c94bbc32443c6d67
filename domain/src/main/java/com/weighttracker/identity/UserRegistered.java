package com.weighttracker.identity;

import java.time.Instant;
import java.time.ZoneId;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** A new account exists; its e-mail address is not verified yet. */
public record UserRegistered(UserId userId, String username, ZoneId timeZone, Instant registeredAt)
        implements DomainEvent {
}
