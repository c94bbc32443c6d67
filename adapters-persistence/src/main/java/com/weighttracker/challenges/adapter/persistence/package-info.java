/** Challenges in PostgreSQL (schema {@code challenges}) with jOOQ. */
@SecondaryAdapter
package com.weighttracker.challenges.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
