package com.weighttracker.messaging.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

/**
 * Team chats follow teams: made when a team is, their participants the team's members. Every
 * method is idempotent and converges on what teams says now, whatever order events come in.
 */
public interface TeamChatUseCase {

    void teamCreated(UUID teamId, String name, UserId owner);

    void memberJoined(UUID teamId, UserId member);

    void memberLeft(UUID teamId, UserId member);

    void teamDeleted(UUID teamId);
}
