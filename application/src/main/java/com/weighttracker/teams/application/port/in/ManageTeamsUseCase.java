package com.weighttracker.teams.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/**
 * Teams themselves (FR-3.1, FR-3.2 browse and search). A private team does not exist for anyone
 * but its members: they get 404, whatever they ask.
 */
public interface ManageTeamsUseCase {

    /** Founds a team; the founder is its owner. A name taken in any case is 409. */
    TeamView create(UserId founder, CreateTeamCommand command);

    TeamView get(UserId viewer, UUID teamId);

    /** Public teams whose name or description contains {@code search} (null: all), by name. */
    Page<TeamView> browse(UserId viewer, String search, PageRequest page);

    /** The teams the user is a member of, the most recently joined first. */
    Page<TeamView> mine(UserId user, PageRequest page);

    /** Owners and admins edit; a merge patch. */
    TeamView edit(UserId editor, UUID teamId, TeamChanges changes);

    /** The owner alone deletes. */
    void delete(UserId deleter, UUID teamId);
}
