/** What the leaderboard and team analytics offer their driving adapters (REST, event listeners). */
@PrimaryPort
package com.weighttracker.teams.application.port.in.leaderboard;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
