/**
 * The two sanctioned ways a context reacts to another context's events (ADR 16): derived,
 * loss-tolerant reactions ({@link com.weighttracker.platform.adapter.events.DerivedReaction}) and
 * stateful ones (Spring Modulith's {@code @ApplicationModuleListener} through the outbox, or a
 * change-feed consumer for frequent events).
 *
 * <p>Named interface {@code platform :: adapter.events}: contexts' event adapters use
 * {@code @DerivedReaction}.
 */
@PrimaryAdapter
@NamedInterface("adapter.events")
package com.weighttracker.platform.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.springframework.modulith.NamedInterface;
