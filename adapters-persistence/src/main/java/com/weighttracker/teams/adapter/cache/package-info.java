/** Computed team leaderboards, cached in Redis when configured and in this process otherwise (ADR 0014); users' teams kept in this process when it is the only one (ADR 20). */
@SecondaryAdapter
package com.weighttracker.teams.adapter.cache;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
