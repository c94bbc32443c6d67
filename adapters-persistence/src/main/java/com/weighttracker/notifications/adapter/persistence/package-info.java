/** Notifications' tables (schema {@code notifications}) through jOOQ. */
@SecondaryAdapter
package com.weighttracker.notifications.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
