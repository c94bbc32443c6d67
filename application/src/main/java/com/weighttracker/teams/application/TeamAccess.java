package com.weighttracker.teams.application;

import java.util.Optional;
import java.util.UUID;

import com.weighttracker.shared.ConflictException;
import com.weighttracker.shared.ForbiddenException;
import com.weighttracker.shared.NotFoundException;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.Membership;
import com.weighttracker.teams.domain.Team;
import com.weighttracker.teams.domain.TeamId;

/**
 * Finds a team as a user may know it: a private team exists only for its members (everyone else
 * gets 404, never a hint); on a public team a non-member who tries a member's action gets 403.
 */
final class TeamAccess {

    private final TeamRepository teams;
    private final MemberRepository members;

    TeamAccess(TeamRepository teams, MemberRepository members) {
        this.teams = teams;
        this.members = members;
    }

    /** A team and the viewer's membership of it, if any. */
    record Seen(Team team, Optional<Membership> membership) {

        Membership member() {
            return membership.orElseThrow(() -> team.visibility() == TeamVisibility.PUBLIC
                    ? ForbiddenException.forbidden("Only members of this team can do this.")
                    : notFound());
        }
    }

    /** The team, if the viewer may see it. */
    Seen visible(UserId viewer, UUID teamId) {
        return seen(viewer, teams.find(new TeamId(teamId)));
    }

    /** Inside a transaction: the team locked (see {@link TeamRepository#lock}), if the viewer may see it. */
    Seen locked(UserId viewer, UUID teamId) {
        return seen(viewer, teams.lock(new TeamId(teamId)));
    }

    /** The member's membership of a visible team; 403 or 404 for a non-member as above. */
    Seen member(UserId user, UUID teamId) {
        var seen = visible(user, teamId);
        seen.member();
        return seen;
    }

    /** Inside a transaction: {@link #member} with the team locked. */
    Seen lockedMember(UserId user, UUID teamId) {
        var seen = locked(user, teamId);
        seen.member();
        return seen;
    }

    /** Another member of the team, or 404. */
    Membership otherMember(Team team, UUID userId) {
        return members.find(team.getId(), new UserId(userId))
                .orElseThrow(() -> new NotFoundException("This user is not a member of the team."));
    }

    /** Adds the member if the team has room; 409 TEAM_FULL otherwise (the transaction then rolls back). */
    void admit(Membership member) {
        if (!members.addIfRoom(member)) {
            throw teamFull();
        }
    }

    static ConflictException teamFull() {
        return new ConflictException("TEAM_FULL", null, "This team is full: it has reached its member limit.");
    }

    static ConflictException alreadyMember() {
        return new ConflictException("ALREADY_MEMBER", null, "You are a member of this team already.");
    }

    static NotFoundException notFound() {
        return new NotFoundException("Team not found");
    }

    private Seen seen(UserId viewer, Optional<Team> found) {
        var team = found.orElseThrow(TeamAccess::notFound);
        var membership = members.find(team.getId(), viewer);
        if (!team.isVisibleTo(membership)) {
            throw notFound();
        }
        return new Seen(team, membership);
    }
}
