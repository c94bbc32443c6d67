package com.weighttracker.teams.application.port.in;

import com.weighttracker.teams.TeamVisibility;

/** A new team; visibility public and member limit 50 when absent. The domain validates the values. */
public record CreateTeamCommand(String name, String description, TeamVisibility visibility, Integer memberLimit) {
}
