/** Gamification's reactions to other contexts' rare events, through the outbox (ADR 16). */
@PrimaryAdapter
package com.weighttracker.gamification.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
