/** Tracking's tables (schema {@code tracking}) through jOOQ. */
@SecondaryAdapter
package com.weighttracker.tracking.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
