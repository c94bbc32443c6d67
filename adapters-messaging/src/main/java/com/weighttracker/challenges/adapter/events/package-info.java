/**
 * Challenges' reactions to events (ADR 16): other contexts' rare events through the outbox, and the
 * derived evictions of cached challenge boards.
 */
@PrimaryAdapter
package com.weighttracker.challenges.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
