/** Tracking's reactions to other contexts' events. */
@PrimaryAdapter
package com.weighttracker.tracking.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
