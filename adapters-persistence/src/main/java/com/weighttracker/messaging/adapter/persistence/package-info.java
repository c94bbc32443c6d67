/** Messaging's tables (schema {@code messaging}) through jOOQ. */
@SecondaryAdapter
package com.weighttracker.messaging.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
