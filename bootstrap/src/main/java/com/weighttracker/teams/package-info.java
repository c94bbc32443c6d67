/**
 * Teams: teams, membership, roles, invite codes, join requests, leaderboards and team analytics.
 * The base package is the published surface: the events messaging, social and challenges react to.
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Teams", allowedDependencies = {
        "shared",
        "shared :: application",
        "shared :: application.images",
        "shared :: application.port.in",
        "platform :: adapter.rest",
        "platform :: adapter.persistence",
        "platform :: adapter.events",
        "identity",
        "tracking" })
package com.weighttracker.teams;

import org.springframework.modulith.ApplicationModule;
