/**
 * Challenges: fair competitions scored on the trend (ADR 25), public or of a team, with their
 * participants, leaderboards and completion. The base package is the published surface:
 * {@code ChallengeCompleted} for gamification, notifications and real time, {@code UpcomingChallengesQuery}
 * for the weekly summary, {@code ChallengeStandingsChanged} (derived reactions only: its boards' evictions).
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Challenges", allowedDependencies = {
        "shared",
        "shared :: application",
        "platform :: adapter.rest",
        "platform :: adapter.persistence",
        "platform :: adapter.events",
        "identity",
        "tracking",
        "teams" })
package com.weighttracker.challenges;

import org.springframework.modulith.ApplicationModule;
