package com.weighttracker.messaging.adapter.rest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.messaging.application.port.in.ManageConversationsUseCase;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.Rules;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/conversations", produces = "application/json")
@Tag(name = "Conversations", description = "Direct (two users, one per pair), group (an owner manages members, name "
        + "and avatar) and team chats (the team's members) (FR-4.2). A conversation you do not take part in does not "
        + "exist for you (404). Live traffic: STOMP at /v1/ws, topic /topic/conversations/{id} (README).")
class ConversationController {

    private final ManageConversationsUseCase conversations;
    private final MessagingRestMapper mapper;

    ConversationController(ManageConversationsUseCase conversations, MessagingRestMapper mapper) {
        this.conversations = conversations;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(operationId = "listConversations", summary = "My conversations",
            description = "The latest activity first, each with its unread count.")
    @ApiResponse(responseCode = "200", description = "A page of conversations")
    Envelope<List<MessagingResponses.Conversation>> mine(@CurrentUser UserId me,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        return Envelope.page(conversations.mine(me, PageRequest.of(page, limit)).map(mapper::toConversation));
    }

    @PostMapping(consumes = "application/json")
    @RequiresVerifiedEmail
    @Operation(operationId = "startConversation", summary = "Start a direct conversation or create a group",
            description = "direct: answers the pair's one conversation, 201 when this call made it, 200 when it "
                    + "existed. group: you own it.")
    @ApiResponse(responseCode = "201", description = "Created")
    @ApiResponse(responseCode = "200", description = "The direct conversation existed")
    @ApiResponse(responseCode = "403", description = "One of you blocked the other (CANNOT_MESSAGE_USER)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<MessagingResponses.Conversation>> start(@CurrentUser UserId me,
            @RequestBody MessagingRequests.StartConversation body) {
        var type = Rules.required("type", body.type()).strip().toLowerCase(Locale.ROOT);
        switch (type) {
            case "direct" -> {
                var started = conversations.startDirect(me,
                        QueryParameters.uuid("userId", Rules.required("userId", body.userId())));
                var conversation = mapper.toConversation(started.conversation());
                return started.created() ? Envelope.created("/v1/conversations/" + conversation.id(), conversation)
                        : ResponseEntity.ok(Envelope.ok(conversation));
            }
            case "group" -> {
                var others = body.userIds() == null ? List.<UUID>of()
                        : body.userIds().stream().map(id -> QueryParameters.uuid("userIds", id)).toList();
                var conversation = mapper.toConversation(conversations.createGroup(me, body.name(), others));
                return Envelope.created("/v1/conversations/" + conversation.id(), conversation);
            }
            default -> throw InvalidInput.of("type", "type must be one of: direct, group");
        }
    }

    @GetMapping("/unread")
    @Operation(operationId = "unreadMessages", summary = "How many messages of others I have not read, in all my "
            + "conversations")
    @ApiResponse(responseCode = "200", description = "The total")
    Envelope<MessagingResponses.Unread> unread(@CurrentUser UserId me) {
        return Envelope.ok(new MessagingResponses.Unread(conversations.unreadTotal(me)));
    }

    @GetMapping("/{conversationId}")
    @Operation(operationId = "getConversation", summary = "One conversation")
    @ApiResponse(responseCode = "200", description = "The conversation")
    @ApiResponse(responseCode = "404", description = "No such conversation, or not yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<MessagingResponses.Conversation> get(@CurrentUser UserId me, @PathVariable String conversationId) {
        return Envelope.ok(mapper.toConversation(conversations.get(me, id(conversationId))));
    }

    @PatchMapping(path = "/{conversationId}", consumes = { "application/json", "application/merge-patch+json" })
    @Operation(operationId = "renameConversation", summary = "Rename a group", description = "Its owner only.")
    @ApiResponse(responseCode = "200", description = "The group")
    @ApiResponse(responseCode = "403", description = "You are not its owner",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Not a group (NOT_A_GROUP)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<MessagingResponses.Conversation> rename(@CurrentUser UserId me, @PathVariable String conversationId,
            @RequestBody MessagingRequests.Rename body) {
        return Envelope.ok(mapper.toConversation(conversations.rename(me, id(conversationId), body.name())));
    }

    @PostMapping(path = "/{conversationId}/participants", consumes = "application/json")
    @Operation(operationId = "addParticipant", summary = "Add someone to a group", description = "Its owner only.")
    @ApiResponse(responseCode = "200", description = "The group")
    @ApiResponse(responseCode = "409", description = "Already in it, the group is full, or not a group",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<MessagingResponses.Conversation> add(@CurrentUser UserId me, @PathVariable String conversationId,
            @RequestBody MessagingRequests.AddParticipant body) {
        var user = QueryParameters.uuid("userId", Rules.required("userId", body.userId()));
        return Envelope.ok(mapper.toConversation(conversations.addParticipant(me, id(conversationId), user)));
    }

    @DeleteMapping("/{conversationId}/participants/{userId}")
    @Operation(operationId = "removeParticipant", summary = "Remove someone from a group",
            description = "The owner removes anyone; removing yourself is leaving.")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "403", description = "You are not its owner",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Removed> remove(@CurrentUser UserId me, @PathVariable String conversationId,
            @PathVariable String userId) {
        var user = QueryParameters.uuid("userId", userId);
        conversations.removeParticipant(me, id(conversationId), user);
        return Envelope.ok(new Removed(id(conversationId), user));
    }

    @PostMapping("/{conversationId}/leave")
    @Operation(operationId = "leaveConversation", summary = "Leave a group",
            description = "An owner who leaves hands the group to its longest-standing participant.")
    @ApiResponse(responseCode = "200", description = "Left")
    @ApiResponse(responseCode = "409", description = "Not a group: a team chat is left by leaving the team",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Removed> leave(@CurrentUser UserId me, @PathVariable String conversationId) {
        conversations.leave(me, id(conversationId));
        return Envelope.ok(new Removed(id(conversationId), me.value()));
    }

    record Removed(UUID conversationId, UUID userId) {
    }

    static UUID id(String value) {
        return QueryParameters.uuid("conversationId", value);
    }
}
