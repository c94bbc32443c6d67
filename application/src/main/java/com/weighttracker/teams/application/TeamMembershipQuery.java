package com.weighttracker.teams.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.in.MemberTeamsChangedUseCase;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.MemberTeamsCache;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.Team;
import com.weighttracker.teams.domain.TeamId;

/** The published {@link TeamMembership} query over teams' own repositories. */
public final class TeamMembershipQuery implements TeamMembership, MemberTeamsChangedUseCase {

    private final TeamRepository teams;
    private final MemberRepository members;
    private final MemberTeamsCache kept;

    public TeamMembershipQuery(TeamRepository teams, MemberRepository members, MemberTeamsCache kept) {
        this.teams = teams;
        this.members = members;
        this.kept = kept;
    }

    @Override
    public Optional<TeamRole> roleOf(UUID teamId, UserId userId) {
        return members.find(new TeamId(teamId), userId).map(Membership::role);
    }

    @Override
    public Set<UserId> memberIds(UUID teamId) {
        return members.memberIds(new TeamId(teamId));
    }

    @Override
    public Set<UUID> teamsOf(UserId userId) {
        // every team feed page asks (ADR 20)
        return kept.teamsOf(userId, members::teamsOf).stream().map(TeamId::value)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void teamsChanged(UserId user) {
        kept.evict(user);
    }

    @Override
    public Map<UserId, List<TeamSummary>> teamsOfAll(Collection<UserId> users) {
        if (users.size() > MAX_USERS) {
            throw new IllegalArgumentException("at most " + MAX_USERS + " users per call");
        }
        var teamsByUser = members.teamsOfAll(users);
        var all = teams.findAll(teamsByUser.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        var summaries = new HashMap<UserId, List<TeamSummary>>();
        teamsByUser.forEach((user, ids) -> summaries.put(user, ids.stream().map(all::get).filter(Objects::nonNull)
                .map(team -> new TeamSummary(team.getId().value(), team.name().value(), team.memberCount()))
                .sorted(Comparator.comparing(TeamSummary::name)).toList()));
        return summaries;
    }

    @Override
    public Optional<TeamVisibility> visibilityOf(UUID teamId) {
        return teams.find(new TeamId(teamId)).map(Team::visibility);
    }
}
