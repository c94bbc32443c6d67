/**
 * Gamification: achievements unlocked once, points, showcases, the badge catalogue and points
 * leaderboards (ADR 26). The base package is the published surface: {@code AchievementUnlocked} for
 * notifications and real time, {@code PointsQuery} (also teams' {@code MemberPoints}) for leaderboards.
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Gamification", allowedDependencies = {
        "shared",
        "shared :: application",
        "platform :: adapter.rest",
        "identity",
        "tracking",
        "teams",
        "challenges",
        "social" })
package com.weighttracker.gamification;

import org.springframework.modulith.ApplicationModule;
