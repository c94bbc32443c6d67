package com.weighttracker.challenges.domain;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.Unknown;

/**
 * Every rule of challenges a request can break, by name (ADR 17). Plain field validation stays
 * {@link com.weighttracker.shared.InvalidInput#of}.
 */
public final class ChallengeRejections {

    private ChallengeRejections() {
    }

    // --- UNKNOWN

    /** No such challenge, or a team challenge of a team the viewer is not in: the same answer. */
    public static final class ChallengeNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public ChallengeNotFound() {
            super("Challenge not found");
        }
    }

    /** A team challenge for a team the creator is not in (or that does not exist). */
    public static final class TeamNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public TeamNotFound() {
            super("Team not found");
        }
    }

    public static final class NotAParticipant extends Unknown {
        private static final long serialVersionUID = 1L;

        public NotAParticipant() {
            super("NOT_A_PARTICIPANT", "You are not taking part in this challenge.");
        }
    }

    // --- NOT PERMITTED

    public static final class MayNotManageChallenge extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public MayNotManageChallenge() {
            super("Only the challenge's creator, and for a team challenge the team's owner, admins and moderators, "
                    + "may change or delete it.");
        }
    }

    public static final class MayNotCreateTeamChallenge extends NotPermitted {
        private static final long serialVersionUID = 1L;

        public MayNotCreateTeamChallenge() {
            super("Only the team's owner, admins and moderators create its challenges.");
        }
    }

    // --- IN CONFLICT

    /** After the start only the name and the description may change, and nothing may be deleted. */
    public static final class ChallengeStarted extends InConflict {
        private static final long serialVersionUID = 1L;

        public ChallengeStarted(String message) {
            super("CHALLENGE_STARTED", null, message);
        }
    }

    public static final class ChallengeArchived extends InConflict {
        private static final long serialVersionUID = 1L;

        public ChallengeArchived() {
            super("CHALLENGE_COMPLETED", null, "This challenge is completed and archived: it no longer changes.");
        }
    }

    public static final class JoiningClosed extends InConflict {
        private static final long serialVersionUID = 1L;

        public JoiningClosed() {
            super("JOINING_CLOSED", null, "Joining closes at the end of the second day after the start.");
        }
    }

    /** Joining after the start needs a baseline: a weigh-in from 7 days before the start on. */
    public static final class NoBaselineWeighIn extends InConflict {
        private static final long serialVersionUID = 1L;

        public NoBaselineWeighIn() {
            super("NO_BASELINE_WEIGH_IN", null, "This challenge has started: joining needs a weigh-in within the "
                    + "7 days before its start or in its first 2 days, the baseline your progress is measured from.");
        }
    }

    public static final class AlreadyParticipating extends InConflict {
        private static final long serialVersionUID = 1L;

        public AlreadyParticipating() {
            super("ALREADY_PARTICIPATING", null, "You are already taking part in this challenge.");
        }
    }

    public static final class ChallengeFull extends InConflict {
        private static final long serialVersionUID = 1L;

        public ChallengeFull() {
            super("CHALLENGE_FULL", null, "This challenge has reached its " + Challenge.MAX_PARTICIPANTS
                    + " participants.");
        }
    }

    public static final class LeavingClosed extends InConflict {
        private static final long serialVersionUID = 1L;

        public LeavingClosed() {
            super("CHALLENGE_COMPLETED", null, "This challenge is completed: its results stay as they are.");
        }
    }
}
