/** Drives the example's use cases from other contexts' events. */
@PrimaryAdapter
package com.weighttracker.example.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
