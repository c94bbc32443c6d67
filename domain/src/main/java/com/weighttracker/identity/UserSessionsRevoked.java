package com.weighttracker.identity;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

import com.weighttracker.shared.UserId;

/**
 * Every session of the user issued before {@code notBefore} has ended (logout everywhere, a new
 * password, account deletion): their refresh tokens are revoked and their access tokens are refused
 * within seconds. Live connections opened with such a token (WebSocket sessions) should close.
 */
public record UserSessionsRevoked(UserId userId, Instant notBefore) implements DomainEvent {
}
