/** What the leaderboard needs from the outside: team rosters and a cache of computed boards. */
@SecondaryPort
package com.weighttracker.teams.application.port.out.leaderboard;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
