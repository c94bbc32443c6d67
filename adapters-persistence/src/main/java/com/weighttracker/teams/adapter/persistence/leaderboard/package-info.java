/** Team rosters for leaderboards and analytics: reads of {@code teams.teams} and {@code teams.members} through jOOQ. */
@SecondaryAdapter
package com.weighttracker.teams.adapter.persistence.leaderboard;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
