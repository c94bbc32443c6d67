package com.weighttracker.teams.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.Team;
import com.weighttracker.teams.domain.TeamId;

public interface TeamRepository {

    /**
     * Adds a new team with its founder as its one member. A name taken by another team, in any
     * case, is {@code TeamRejections.TeamNameTaken} (on {@code name}).
     */
    void add(Team team, Membership founder);

    Optional<Team> find(TeamId id);

    /**
     * Inside a transaction: the team, locked until the transaction ends. Joins (which update the
     * team's member count) and other management of the team wait meanwhile.
     */
    Optional<Team> lock(TeamId id);

    Map<TeamId, Team> findAll(Collection<TeamId> ids);

    /** Stores name, description, visibility, limit and avatar; a taken name is {@code TeamRejections.TeamNameTaken}. */
    void update(Team team);

    /** Deletes the team with its members, invite codes and join requests. */
    void delete(TeamId id);

    /** Public teams whose name or description contains {@code search} (any case; all when null), by name. */
    Page<Team> browsePublic(String search, PageRequest page);
}
