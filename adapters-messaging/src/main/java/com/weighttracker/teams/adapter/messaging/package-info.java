/** Teams in real time: live leaderboard notices, and who may subscribe to a team's topics (its members). */
@SecondaryAdapter
package com.weighttracker.teams.adapter.messaging;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
