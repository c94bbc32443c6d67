package com.weighttracker.messaging.adapter.events;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.weighttracker.messaging.application.port.in.TeamChatUseCase;
import com.weighttracker.teams.MemberJoinedTeam;
import com.weighttracker.teams.MemberLeftTeam;
import com.weighttracker.teams.TeamCreated;
import com.weighttracker.teams.TeamDeleted;

/**
 * Team chats follow teams (stateful reactions through the outbox: at least once, in any order;
 * the use case is idempotent and converges on teams' current membership).
 */
@Component
class TeamChatListener {

    private final TeamChatUseCase chats;

    TeamChatListener(TeamChatUseCase chats) {
        this.chats = chats;
    }

    @ApplicationModuleListener
    void on(TeamCreated created) {
        chats.teamCreated(created.teamId(), created.name(), created.owner());
    }

    @ApplicationModuleListener
    void on(MemberJoinedTeam joined) {
        chats.memberJoined(joined.teamId(), joined.userId());
    }

    @ApplicationModuleListener
    void on(MemberLeftTeam left) {
        chats.memberLeft(left.teamId(), left.userId());
    }

    @ApplicationModuleListener
    void on(TeamDeleted deleted) {
        chats.teamDeleted(deleted.teamId());
    }
}
