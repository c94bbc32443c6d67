package com.weighttracker.teams.application.port.in;

import com.weighttracker.shared.Patch;
import com.weighttracker.teams.TeamVisibility;

/** A merge patch of a team: absent fields stay; only the description may be cleared. */
public record TeamChanges(Patch<String> name, Patch<String> description, Patch<TeamVisibility> visibility,
        Patch<Integer> memberLimit) {
}
