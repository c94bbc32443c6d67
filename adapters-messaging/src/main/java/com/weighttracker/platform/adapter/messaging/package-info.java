/**
 * The real-time platform (ADR 22): the STOMP-over-WebSocket endpoint {@code /v1/ws}, its CONNECT
 * authentication with the same access-token check REST uses, authorisation of every SUBSCRIBE by
 * the contexts' {@link com.weighttracker.shared.application.SubscriptionGuard}s, limits per
 * session, and the {@link com.weighttracker.shared.application.LiveUpdates} and
 * {@link com.weighttracker.shared.application.LiveConnections} ports, relayed between instances
 * through Redis when it is configured. Contexts use only those ports; nothing here is theirs. A
 * secondary adapter: it implements the shared kernel's outbound ports and calls the guards, never a
 * context's use case.
 */
@SecondaryAdapter
package com.weighttracker.platform.adapter.messaging;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
