/**
 * Messaging: direct, group and team conversations, messages with receipts, typing, search, and
 * their real-time traffic over STOMP (FR-4.2). Publishes nothing yet; reacts to teams' events
 * (team chats) and asks identity (users) and teams (membership).
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Messaging", allowedDependencies = {
        "shared",
        "shared :: application",
        "shared :: application.images",
        "shared :: application.port.in",
        "platform :: adapter.rest",
        "identity",
        "teams" })
package com.weighttracker.messaging;

import org.springframework.modulith.ApplicationModule;
