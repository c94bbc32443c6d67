package com.weighttracker.messaging.domain;

/**
 * Direct: exactly two users, one conversation per pair. Group: named, its creator owns it and
 * manages its members. Team: a team's chat, its members exactly the team's (kept by teams' events).
 */
public enum ConversationKind {
    DIRECT, GROUP, TEAM
}
