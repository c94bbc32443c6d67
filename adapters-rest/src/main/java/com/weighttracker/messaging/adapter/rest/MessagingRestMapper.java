package com.weighttracker.messaging.adapter.rest;

import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.messaging.application.port.in.ConversationView;
import com.weighttracker.messaging.application.port.in.MessagePage;
import com.weighttracker.messaging.application.port.in.MessageView;
import com.weighttracker.messaging.application.port.in.ParticipantView;
import com.weighttracker.messaging.application.port.in.ReceiptView;
import com.weighttracker.shared.UserId;

/** Messaging's views as the REST adapter's responses (ADR 18). Generated as a Spring bean. */
@Mapper
interface MessagingRestMapper {

    @Mapping(target = "avatarUrl",
            expression = "java(conversation.hasAvatar() ? \"/v1/conversations/\" + conversation.id() + \"/avatar\" : null)")
    MessagingResponses.Conversation toConversation(ConversationView conversation);

    MessagingResponses.Participant toParticipant(ParticipantView participant);

    @Mapping(target = "imageUrl",
            expression = "java(message.hasImage() ? \"/v1/messages/\" + message.id() + \"/image\" : null)")
    MessagingResponses.Message toMessage(MessageView message);

    MessagingResponses.MessagePage toPage(MessagePage page);

    MessagingResponses.Receipt toReceipt(ReceiptView receipt);

    default UUID userId(UserId user) {
        return user == null ? null : user.value();
    }
}
