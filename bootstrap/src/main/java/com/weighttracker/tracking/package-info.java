/**
 * Tracking: weigh-ins, goals, trend, statistics, charts, import and export. The base package is the
 * published surface: the events teams, challenges and gamification react to.
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Tracking", allowedDependencies = {
        "shared",
        "shared :: application",
        "shared :: application.images",
        "shared :: application.port.in",
        "platform :: adapter.rest",
        "platform :: adapter.persistence",
        "identity" })
package com.weighttracker.tracking;

import org.springframework.modulith.ApplicationModule;
