/** What makes a cached team leaderboard stale: weigh-ins, membership and profile changes. */
@PrimaryAdapter
package com.weighttracker.teams.adapter.events.leaderboard;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
