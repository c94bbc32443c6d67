package com.weighttracker.messaging.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.messaging.application.AwayRecipients;
import com.weighttracker.messaging.application.ConversationService;
import com.weighttracker.messaging.application.ForgetUserService;
import com.weighttracker.messaging.application.MessageService;
import com.weighttracker.messaging.application.TeamChatService;
import com.weighttracker.messaging.application.TypingService;
import com.weighttracker.messaging.application.port.out.BlockedUsers;
import com.weighttracker.messaging.application.port.out.ConversationPushes;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.application.port.out.MessageRepository;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.social.Blocks;
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

    @Bean
    ForgetUserService forgetUserService(ConversationRepository conversations, MessageRepository messages,
            ImageStore images, Transactions transactions, Clock clock) {
        return new ForgetUserService(conversations, messages, images, transactions, clock);
    }

    /** Also the published {@code messaging.MessageRecipients} query notifications asks. */
    @Bean
    AwayRecipients awayRecipients(ConversationRepository conversations, Clock clock) {
        return new AwayRecipients(conversations, clock);
    }

    /** Blocks are social's: its published query answers, in either direction (FR-4.1.4). */
    @Bean
    BlockedUsers blockedUsers(Blocks blocks) {
        return blocks::eitherBlocked;
    }
}
