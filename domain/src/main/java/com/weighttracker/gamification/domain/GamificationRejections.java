package com.weighttracker.gamification.domain;

import com.weighttracker.shared.Unknown;

/** Every rule of gamification a request can break, by name (ADR 17). */
public final class GamificationRejections {

    private GamificationRejections() {
    }

    /** No such user, or one whose profile the viewer may not see: the same answer. */
    public static final class UserNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public UserNotFound() {
            super("User not found");
        }
    }

    public static final class AchievementNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public AchievementNotFound() {
            super("No such achievement.");
        }
    }

    /** A team's points board: no such team, or a private one the viewer is not in. */
    public static final class TeamNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public TeamNotFound() {
            super("Team not found");
        }
    }
}
