package com.weighttracker.teams.application;

import java.util.Optional;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.Team;
import com.weighttracker.teams.domain.TeamAccess;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.teams.domain.TeamId;
import com.weighttracker.teams.domain.TeamRejections.MemberNotFound;
import com.weighttracker.teams.domain.TeamRejections.TeamFull;

/**
 * Loads a team and the viewer's membership (the aggregate path) and asks {@link TeamAccess}, the
 * one access rule, whether the viewer may do what they try.
 */
final class TeamLookup {

    private final TeamRepository teams;
    private final MemberRepository members;

    TeamLookup(TeamRepository teams, MemberRepository members) {
        this.teams = teams;
        this.members = members;
    }

    /** A team and the viewer's membership of it, if any. */
    record Seen(Team team, Optional<Membership> membership) {

        /** The viewer's membership; refused as {@link TeamAccess} says when the viewer is not a member. */
        Membership member() {
            TeamAccess.of(team, membership).requireMember();
            return membership.orElseThrow();
        }
    }

    /** The team, if the viewer may see it. */
    Seen visible(UserId viewer, UUID teamId) {
        return seen(viewer, teams.find(new TeamId(teamId)), TeamAction.VIEW_TEAM);
    }

    /** Inside a transaction: the team locked (see {@link TeamRepository#lock}), and the viewer a member. */
    Seen lockedMember(UserId user, UUID teamId) {
        var seen = seen(user, teams.lock(new TeamId(teamId)), TeamAction.VIEW_TEAM);
        seen.member();
        return seen;
    }

    /** The member's membership of a visible team; 403 or 404 for a non-member as above. */
    Seen member(UserId user, UUID teamId) {
        var seen = visible(user, teamId);
        seen.member();
        return seen;
    }

    /** Another member of the team, or 404. */
    Membership otherMember(Team team, UUID userId) {
        return members.find(team.getId(), new UserId(userId))
                .orElseThrow(MemberNotFound::new);
    }

    /** Adds the member if the team has room; 409 TEAM_FULL otherwise (the transaction then rolls back). */
    void admit(Membership member) {
        if (!members.addIfRoom(member)) {
            throw new TeamFull();
        }
    }

    private Seen seen(UserId viewer, Optional<Team> found, TeamAction action) {
        var team = found.orElseThrow(TeamAccess::teamNotFound);
        var membership = members.find(team.getId(), viewer);
        TeamAccess.of(team, membership).require(action);
        return new Seen(team, membership);
    }
}
