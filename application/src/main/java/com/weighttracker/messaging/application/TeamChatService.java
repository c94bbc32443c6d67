package com.weighttracker.messaging.application;

import java.time.Clock;
import java.util.UUID;

import com.weighttracker.messaging.application.port.in.TeamChatUseCase;
import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.domain.Conversation;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.TeamMembership;

/**
 * Keeps each team's chat in step with the team. Events may come twice and out of order (the
 * outbox delivers at least once, each listener on its own), so every step asks teams what is true
 * now ({@link TeamMembership}) and makes the chat say the same: a joined event for someone who has
 * left since adds nobody, a left event for someone who is back removes nobody.
 */
public final class TeamChatService implements TeamChatUseCase {

    private final ConversationRepository conversations;
    private final TeamMembership teams;
    private final ConversationPushes pushes;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public TeamChatService(ConversationRepository conversations, TeamMembership teams, ConversationPushes pushes,
            Transactions transactions, IdGenerator ids, Clock clock) {
        this.conversations = conversations;
        this.teams = teams;
        this.pushes = pushes;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void teamCreated(UUID teamId, String name, UserId owner) {
        if (teams.visibilityOf(teamId).isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            var chat = chatOf(teamId, name);
            for (var member : teams.memberIds(teamId)) {
                conversations.addParticipant(chat.getId(), member, clock.instant());
            }
        });
    }

    @Override
    public void memberJoined(UUID teamId, UserId member) {
        if (teams.roleOf(teamId, member).isEmpty()) {
            return;
        }
        transactions.inTransaction(() -> {
            var chat = chatOf(teamId, null);
            conversations.addParticipant(chat.getId(), member, clock.instant());
        });
    }

    @Override
    public void memberLeft(UUID teamId, UserId member) {
        if (teams.roleOf(teamId, member).isPresent()) {
            return;
        }
        var chat = conversations.findTeamChat(teamId);
        if (chat.isEmpty()) {
            return;
        }
        var removed = transactions.inTransaction(() -> conversations.removeParticipant(chat.get().getId(), member));
        if (removed) {
            pushes.removed(chat.get().getId(), member);
        }
    }

    @Override
    public void teamDeleted(UUID teamId) {
        var chat = conversations.findTeamChat(teamId);
        if (chat.isEmpty()) {
            return;
        }
        var participants = conversations.participants(chat.get().getId());
        transactions.inTransaction(() -> conversations.delete(chat.get().getId()));
        participants.forEach(p -> pushes.removed(chat.get().getId(), p.userId()));
    }

    private Conversation chatOf(UUID teamId, String name) {
        return conversations.addTeamChat(
                Conversation.teamChat(new ConversationId(ids.next()), teamId, name, clock.instant()));
    }
}
