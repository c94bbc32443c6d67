package com.weighttracker.gamification.application.port.out;

import java.time.Instant;

import com.weighttracker.shared.UserId;

/** The social acts that count toward the social achievements, each noted once (the key decides). */
public interface SocialActs {

    /** What is counted: a post the user published, or a like a tip of the user received. */
    enum Kind {
        POST, TIP_LIKE
    }

    /**
     * Notes the act unless it is noted already (a redelivered event).
     *
     * @return how many acts of this kind the user has now
     */
    int noteAndCount(UserId user, Kind kind, String subject, Instant at);

    /** Forgets every act of the user. */
    void removeAll(UserId user);
}
