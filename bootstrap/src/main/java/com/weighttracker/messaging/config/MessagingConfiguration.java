package com.weighttracker.messaging.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.messaging.application.ConversationService;
import com.weighttracker.messaging.application.MessageService;
import com.weighttracker.messaging.application.TeamChatService;
import com.weighttracker.messaging.application.TypingService;
import com.weighttracker.messaging.application.port.out.BlockedUsers;
import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.application.port.out.MessageRepository;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.teams.TeamMembership;

/** Messaging (FR-4.2): conversations, messages, team chats, typing. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    ConversationService conversationService(ConversationRepository conversations, UserDirectory users,
            BlockedUsers blocks, ConversationPushes pushes, ImageStore images, Transactions transactions,
            IdGenerator ids, Clock clock) {
        return new ConversationService(conversations, users, blocks, pushes, images, transactions, ids, clock);
    }

    @Bean
    MessageService messageService(ConversationRepository conversations, MessageRepository messages,
            BlockedUsers blocks, ConversationPushes pushes, ImageStore images, Transactions transactions,
            IdGenerator ids, Clock clock) {
        return new MessageService(conversations, messages, blocks, pushes, images, transactions, ids, clock);
    }

    @Bean
    TypingService typingService(ConversationRepository conversations, ConversationPushes pushes, Clock clock) {
        return new TypingService(conversations, pushes, clock);
    }

    @Bean
    TeamChatService teamChatService(ConversationRepository conversations, TeamMembership teams,
            ConversationPushes pushes, Transactions transactions, IdGenerator ids, Clock clock) {
        return new TeamChatService(conversations, teams, pushes, transactions, ids, clock);
    }

    /**
     * Nobody is blocked yet: blocks belong to social, which is being built in parallel and will
     * publish {@code social.Blocks#eitherBlocked}. The lead replaces this bean with an adapter asking
     * that query when social lands (and adds "social" to messaging's allowedDependencies).
     */
    @Bean
    BlockedUsers blockedUsers() {
        return (a, b) -> false;
    }
}
