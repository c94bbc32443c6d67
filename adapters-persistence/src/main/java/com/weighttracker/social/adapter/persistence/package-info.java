/** Social's tables (schema {@code social}) through jOOQ. */
@SecondaryAdapter
package com.weighttracker.social.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
