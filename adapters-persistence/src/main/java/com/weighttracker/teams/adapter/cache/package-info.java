/** Computed team leaderboards, cached in Redis when configured and in this process otherwise (ADR 0014). */
@SecondaryAdapter
package com.weighttracker.teams.adapter.cache;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
