/** Gamification in PostgreSQL (schema {@code gamification}) with jOOQ. */
@SecondaryAdapter
package com.weighttracker.gamification.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
