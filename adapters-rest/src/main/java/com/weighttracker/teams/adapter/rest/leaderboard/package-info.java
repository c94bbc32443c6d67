/** Team leaderboards and team analytics over HTTP: /v1/teams/{teamId}/leaderboard and /analytics. */
@PrimaryAdapter
package com.weighttracker.teams.adapter.rest.leaderboard;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
