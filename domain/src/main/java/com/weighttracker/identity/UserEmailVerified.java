package com.weighttracker.identity;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/** The user proved they own their e-mail address; social features are open to them now. */
public record UserEmailVerified(UserId userId, Instant verifiedAt) implements DomainEvent {
}
