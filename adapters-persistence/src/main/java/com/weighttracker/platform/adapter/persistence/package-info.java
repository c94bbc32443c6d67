/**
 * Transactions and the event outbox, shared by every context's persistence adapters.
 *
 * <p>Named interface {@code platform :: adapter.persistence}: contexts' jOOQ repositories translate
 * constraint violations with {@code ConstraintViolations}, and Redis-backed caches keep their text
 * with {@code RedisTextCache}.
 */
@SecondaryAdapter
@NamedInterface("adapter.persistence")
package com.weighttracker.platform.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.springframework.modulith.NamedInterface;
