package com.weighttracker.identity;

import java.time.Instant;
import java.time.ZoneId;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** Profile facts other contexts depend on: the local time zone and what the user shares. */
public record UserProfileChanged(UserId userId, String displayName, ZoneId timeZone,
        Visibility profileVisibility, Visibility weightVisibility, Instant changedAt) implements DomainEvent {
}
