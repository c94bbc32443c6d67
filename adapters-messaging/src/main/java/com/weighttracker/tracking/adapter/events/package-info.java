/** Tracking's reactions to events: other contexts' (a purged user) and its own (a deleted weigh-in's photos). */
@PrimaryAdapter
package com.weighttracker.tracking.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
