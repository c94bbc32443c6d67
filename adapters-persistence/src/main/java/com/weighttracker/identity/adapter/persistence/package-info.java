/** Identity's tables (schema {@code identity}) through jOOQ. */
@SecondaryAdapter
package com.weighttracker.identity.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
