package com.weighttracker.notifications.domain;

import java.util.Set;

/**
 * What a notification is about; a user turns each category on or off per {@link Channel}. The
 * defaults: everything in the app, push for what is personal and timely, e-mail only for what is
 * rare; the weekly summary and achievement e-mails are opt-in (FR-7.3; the first weigh-in unlocks a
 * badge, so an achievement e-mail on by default would mail every new user).
 */
public enum Category {
    /** A new direct or team message. */
    MESSAGE(Set.of(Channel.IN_APP, Channel.PUSH)),
    /** Team life: a join request decided, a teammate's milestone. */
    TEAM(Set.of(Channel.IN_APP, Channel.PUSH)),
    /** Challenge milestones and winners. */
    CHALLENGE(Set.of(Channel.IN_APP, Channel.PUSH, Channel.EMAIL)),
    /** An achievement unlocked, a goal reached: in the app and by push; e-mail only if chosen. */
    ACHIEVEMENT(Set.of(Channel.IN_APP, Channel.PUSH)),
    /** The outcome of a report about the user's content. */
    MODERATION(Set.of(Channel.IN_APP, Channel.EMAIL)),
    /** The daily weigh-in reminder and the weekly check-in (FR-2.4). */
    REMINDER(Set.of(Channel.IN_APP, Channel.PUSH)),
    /** The Monday recap (FR-7.3): by e-mail, to those who opted in. */
    WEEKLY_SUMMARY(Set.of()),
    /**
     * The account itself (the welcome): in the app if the user likes; its e-mails are account mail,
     * sent whatever the choices, never through this category's e-mail switch.
     */
    ACCOUNT(Set.of(Channel.IN_APP));

    private final Set<Channel> onByDefault;

    Category(Set<Channel> onByDefault) {
        this.onByDefault = onByDefault;
    }

    public boolean onByDefault(Channel channel) {
        return onByDefault.contains(channel);
    }
}
