/** Teams' reactions to other contexts' events: a purged user leaves every team. */
@PrimaryAdapter
package com.weighttracker.teams.adapter.events;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
