package com.weighttracker.teams.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.weighttracker.teams.TeamRole;
import com.weighttracker.teams.TeamVisibility;
import com.weighttracker.teams.domain.TeamRejections.NotTeamMember;
import com.weighttracker.teams.domain.TeamRejections.TeamNotFound;

/**
 * The one access rule of teams: what a viewer may do with a team, given only the team's visibility
 * and the viewer's role in it ({@code null} for someone who is not a member). A private team does
 * not exist for outsiders (the same answer as for a team that really does not exist, never a
 * hint); on a public team outsiders may look ({@link #OPEN_ON_PUBLIC_TEAMS}) but not act; members
 * may do what {@link TeamPolicy} gives their role. Both read paths ask it: the aggregate path
 * ({@link #of(Team, Optional)}) and the leaderboard's one-query read, which loads this record
 * directly.
 */
public record TeamAccess(TeamVisibility visibility, TeamRole viewerRole) {

    /** What anyone signed in may do with a public team without being a member. */
    private static final Set<TeamAction> OPEN_ON_PUBLIC_TEAMS = EnumSet.of(TeamAction.VIEW_TEAM,
            TeamAction.VIEW_MEMBERS, TeamAction.VIEW_LEADERBOARD);

    /** The outcome of asking. */
    public enum Verdict {
        /** The viewer may do it. */
        ALLOWED,
        /** The viewer may not know the team exists. */
        UNKNOWN_TEAM,
        /** The viewer sees the team but may not do this. */
        NOT_PERMITTED
    }

    public TeamAccess {
        Objects.requireNonNull(visibility, "visibility");
    }

    public static TeamAccess of(Team team, Optional<Membership> viewer) {
        return new TeamAccess(team.visibility(), viewer.map(Membership::role).orElse(null));
    }

    public boolean isMember() {
        return viewerRole != null;
    }

    public Verdict decide(TeamAction action) {
        if (!isMember()) {
            if (visibility == TeamVisibility.PRIVATE) {
                return Verdict.UNKNOWN_TEAM;
            }
            return OPEN_ON_PUBLIC_TEAMS.contains(action) ? Verdict.ALLOWED : Verdict.NOT_PERMITTED;
        }
        return TeamPolicy.allows(viewerRole, action) ? Verdict.ALLOWED : Verdict.NOT_PERMITTED;
    }

    /** Returns normally when the viewer may do {@code action}; refuses as {@link #decide} says otherwise. */
    public void require(TeamAction action) {
        switch (decide(action)) {
            case ALLOWED -> {
            }
            case UNKNOWN_TEAM -> throw teamNotFound();
            case NOT_PERMITTED -> {
                requireMember();
                TeamPolicy.require(viewerRole, action);
            }
        }
    }

    /** Returns normally for a member; refuses an outsider as for any member's action. */
    public void requireMember() {
        if (!isMember()) {
            throw visibility == TeamVisibility.PRIVATE ? teamNotFound()
                    : new NotTeamMember();
        }
    }

    /** The one answer for a team the viewer may not know, whether or not it exists. */
    public static TeamNotFound teamNotFound() {
        return new TeamNotFound();
    }
}
