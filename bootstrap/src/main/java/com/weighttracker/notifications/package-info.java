/**
 * Notifications: the in-app notification centre, preferences per category and channel with quiet
 * hours, e-mail (templates, a queue with retries, one-click unsubscribe), Web Push, daily reminders
 * and weekly summaries. It listens to identity, tracking, teams, challenges, gamification, messaging
 * and social (moderation outcomes), and is the one way in
 * ({@code NotifyUseCase}) for the contexts that will tell users things. Its base package publishes
 * {@link com.weighttracker.notifications.NotificationCreated}, the seam for live delivery.
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {
        "shared",
        "shared :: application",
        "platform :: adapter.rest",
        "platform :: adapter.mail",
        "platform :: adapter.events",
        "identity",
        "tracking",
        "teams",
        "challenges",
        "gamification",
        "messaging",
        "social" })
package com.weighttracker.notifications;

import org.springframework.modulith.ApplicationModule;
