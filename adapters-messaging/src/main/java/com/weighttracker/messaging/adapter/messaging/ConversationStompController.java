package com.weighttracker.messaging.adapter.messaging;

import java.security.Principal;
import java.util.UUID;

import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.stereotype.Controller;

import com.weighttracker.messaging.application.port.in.MessagesUseCase;
import com.weighttracker.messaging.application.port.in.SendMessage;
import com.weighttracker.messaging.application.port.in.SendMessageUseCase;
import com.weighttracker.messaging.application.port.in.TypingUseCase;
import com.weighttracker.shared.Rejection;
import com.weighttracker.shared.UserId;

/**
 * What clients send over STOMP: a message ({@code /app/conversations/<id>/send}, the same use case
 * as {@code POST /v1/conversations/<id>/messages}), receipts and typing. The outcome of a send
 * arrives like every message, on the conversation's topic; a refusal comes back on the sender's
 * {@code /user/queue/errors} with the REST error's code and message.
 */
@Controller
class ConversationStompController {

    record Send(String text, String clientKey) {
    }

    record Receipts(UUID deliveredUpTo, UUID readUpTo) {
    }

    record Refusal(String type, String code, String message) {
    }

    private final SendMessageUseCase sending;
    private final MessagesUseCase messages;
    private final TypingUseCase typing;

    ConversationStompController(SendMessageUseCase sending, MessagesUseCase messages, TypingUseCase typing) {
        this.sending = sending;
        this.messages = messages;
        this.typing = typing;
    }

    @MessageMapping("/conversations/{conversationId}/send")
    void send(Principal user, @DestinationVariable String conversationId, @Payload Send body) {
        sending.send(new SendMessage(userOf(user), id(conversationId), body.text(), null, body.clientKey()));
    }

    @MessageMapping("/conversations/{conversationId}/receipts")
    void receipts(Principal user, @DestinationVariable String conversationId, @Payload Receipts body) {
        messages.acknowledge(userOf(user), id(conversationId), body.deliveredUpTo(), body.readUpTo());
    }

    @MessageMapping("/conversations/{conversationId}/typing")
    void typing(Principal user, @DestinationVariable String conversationId) {
        typing.typing(userOf(user), id(conversationId));
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    Refusal refused(Rejection rejection) {
        return new Refusal("error", rejection.code(), rejection.getMessage());
    }

    @MessageExceptionHandler
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    Refusal malformed(RuntimeException failure) {
        return new Refusal("error", "VALIDATION_ERROR", "The frame could not be read: send JSON with the documented fields.");
    }

    private static UserId userOf(Principal user) {
        return UserId.of(user.getName());
    }

    private static UUID id(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            throw com.weighttracker.shared.InvalidInput.of("conversationId", "conversationId must be a UUID");
        }
    }
}
