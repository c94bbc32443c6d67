package com.weighttracker.identity;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** The account's personal data is gone for good; every context must forget this user. */
public record UserPurged(UserId userId, Instant purgedAt) implements DomainEvent {
}
