/** Computed challenge leaderboards, cached in Redis when configured and in this process otherwise (ADR 0025). */
@SecondaryAdapter
package com.weighttracker.challenges.adapter.cache;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
