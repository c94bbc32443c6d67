/** Identity's reactions to its own events: a purged user's avatar is deleted. */
@PrimaryAdapter
package com.weighttracker.identity.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
