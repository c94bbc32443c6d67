/** Teams' tables (schema {@code teams}) through jOOQ. */
@SecondaryAdapter
package com.weighttracker.teams.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
