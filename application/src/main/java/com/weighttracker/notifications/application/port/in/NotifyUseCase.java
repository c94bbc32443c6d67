package com.weighttracker.notifications.application.port.in;

/**
 * The one way in for every source (teams, tracking, and messaging, challenges, gamification and
 * social as their listeners arrive): the notification lands in the centre if the user allows it
 * in-app, goes out by push unless it is quiet hours, and is queued by e-mail (after quiet hours) if
 * they allow that; each per their preferences for its category.
 */
public interface NotifyUseCase {

    /** @return whether this was new (false: the same source key was seen before, nothing happened) */
    boolean notify(NotifyCommand command);
}
