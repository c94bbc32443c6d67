/**
 * Social: posts, feeds, likes, comments, blocking and moderation (FR-4.1). The base package is the
 * published surface: its events (gamification counts posts and likes on tips, notifications tell
 * authors of removals) and the {@code Blocks} query messaging asks.
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Social", allowedDependencies = {
        "shared",
        "shared :: application",
        "shared :: application.images",
        "shared :: application.port.in",
        "platform :: adapter.rest",
        "platform :: adapter.events",
        "identity",
        "teams",
        "tracking" })
package com.weighttracker.social;

import org.springframework.modulith.ApplicationModule;
