/**
 * The two sanctioned ways a context reacts to another context's events (ADR 16): derived,
 * loss-tolerant reactions ({@link com.weighttracker.platform.adapter.events.DerivedReaction}) and
 * stateful ones (Spring Modulith's {@code @ApplicationModuleListener} through the outbox, or a
 * catch-up from a change feed for frequent events).
 */
@PrimaryAdapter
package com.weighttracker.platform.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
