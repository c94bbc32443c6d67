package com.weighttracker.challenges.application;

import java.util.Optional;
import java.util.UUID;

import com.weighttracker.challenges.application.port.out.ChallengeRepository;
import com.weighttracker.challenges.domain.Challenge;
import com.weighttracker.challenges.domain.ChallengeAccess;
import com.weighttracker.challenges.domain.ChallengeId;
import com.weighttracker.challenges.domain.ChallengeRejections.ChallengeNotFound;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.TeamMembership;

/** Reads a challenge with the viewer's standing towards it: the one way every use case asks {@link ChallengeAccess}. */
final class ChallengeLookup {

    private final ChallengeRepository challenges;
    private final TeamMembership teams;

    ChallengeLookup(ChallengeRepository challenges, TeamMembership teams) {
        this.challenges = challenges;
        this.teams = teams;
    }

    ChallengeAccess read(UserId viewer, UUID id) {
        return access(viewer, challenges.find(new ChallengeId(id)));
    }

    /** Inside a transaction: the challenge locked until it ends. */
    ChallengeAccess lock(UserId viewer, UUID id) {
        return access(viewer, challenges.lock(new ChallengeId(id)));
    }

    private ChallengeAccess access(UserId viewer, Optional<Challenge> found) {
        var challenge = found.orElseThrow(ChallengeNotFound::new);
        var role = challenge.teamId().flatMap(team -> teams.roleOf(team, viewer));
        return new ChallengeAccess(challenge, viewer, role);
    }
}
