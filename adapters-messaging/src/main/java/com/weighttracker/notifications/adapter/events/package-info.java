/**
 * Notifications' reactions to other contexts' events (ADR 16, stateful: the outbox, at least once,
 * idempotent use cases). Messaging, challenges, gamification and social add theirs here, each calling
 * {@code NotifyUseCase}. Also the live push of notifications' own {@code NotificationCreated} (derived).
 */
@PrimaryAdapter
package com.weighttracker.notifications.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
