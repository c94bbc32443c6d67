package com.weighttracker.challenges.domain;

import java.util.Optional;
import java.util.Set;

import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeNotFound;
import com.weighttracker.challenges.domain.ChallengeRejections.MayNotCreateTeamChallenge;
import com.weighttracker.challenges.domain.ChallengeRejections.MayNotManageChallenge;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamRole;

/**
 * The one access rule of challenges. A public challenge is seen and joined by everyone signed in; a
 * team challenge only by the team's members (anyone else gets 404, never a hint). Its creator, and
 * for a team challenge the team's owner, admins and moderators, manage it; they alone create team
 * challenges.
 *
 * @param teamRole the viewer's role in the challenge's team, empty for a public challenge or an outsider
 */
public record ChallengeAccess(Challenge challenge, UserId viewer, Optional<TeamRole> teamRole) {

    private static final Set<TeamRole> ORGANISERS = Set.of(TeamRole.OWNER, TeamRole.ADMIN, TeamRole.MODERATOR);

    /** The challenge, when the viewer may see it. */
    public Challenge visible() {
        if (challenge.isTeamChallenge() && teamRole.isEmpty()) {
            throw new ChallengeNotFound();
        }
        return challenge;
    }

    /** The challenge, when the viewer may change or delete it. */
    public Challenge managed() {
        visible();
        if (!challenge.createdBy().equals(viewer) && !teamRole.filter(ORGANISERS::contains).isPresent()) {
            throw new MayNotManageChallenge();
        }
        return challenge;
    }

    /** A team challenge is created by the team's organisers; others get 403, outsiders 404 (the team is theirs to hide). */
    public static void requireMayCreateFor(Optional<TeamRole> role) {
        if (role.isEmpty()) {
            throw new ChallengeRejections.TeamNotFound();
        }
        if (!ORGANISERS.contains(role.get())) {
            throw new MayNotCreateTeamChallenge();
        }
    }
}
