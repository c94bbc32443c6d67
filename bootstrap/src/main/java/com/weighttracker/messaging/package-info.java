/**
 * Messaging: direct, group and team conversations, messages with receipts, typing, search, and
 * their real-time traffic over STOMP (FR-4.2). Publishes the {@code ConversationChanges} feed and the
 * {@code MessageRecipients} query (notifications tells those away from a conversation); reacts to
 * teams' events (team chats) and asks identity (users), teams (membership) and social (blocks).
 * (This package-info lives in bootstrap because the domain jar carries no Spring.)
 */
@ApplicationModule(displayName = "Messaging", allowedDependencies = {
        "shared",
        "shared :: application",
        "shared :: application.images",
        "shared :: application.port.in",
        "platform :: adapter.rest",
        "platform :: adapter.persistence",
        "identity",
        "social",
        "teams" })
package com.weighttracker.messaging;

import org.springframework.modulith.ApplicationModule;
