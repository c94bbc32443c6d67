package com.weighttracker.messaging.adapter.rest;

import static com.weighttracker.messaging.adapter.rest.ConversationController.id;

import java.util.List;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.messaging.application.port.in.MessagesUseCase;
import com.weighttracker.messaging.application.port.in.SendMessage;
import com.weighttracker.messaging.application.port.in.SendMessageUseCase;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "Messages", description = "Messages of a conversation, 20 per page by cursor (FR-4.2.4): text (at most "
        + "5,000 characters) and/or an image; edit within 5 minutes; delete for you or for everyone; receipts; "
        + "search in your own history.")
class MessageController {

    private final SendMessageUseCase sending;
    private final MessagesUseCase messages;
    private final MessagingRestMapper mapper;

    MessageController(SendMessageUseCase sending, MessagesUseCase messages, MessagingRestMapper mapper) {
        this.sending = sending;
        this.messages = messages;
        this.mapper = mapper;
    }

    @GetMapping(path = "/v1/conversations/{conversationId}/messages", produces = "application/json")
    @Operation(operationId = "listMessages", summary = "Messages of a conversation, oldest first",
            description = "The latest page without a cursor; before=<id> the page before that message, "
                    + "after=<id> the page after it (a reconnecting client asks after its last message until "
                    + "hasMore is false: nothing is lost, nothing repeated). Messages you deleted for yourself are "
                    + "left out; those deleted for everyone keep their place.")
    @ApiResponse(responseCode = "200", description = "A page of messages")
    @ApiResponse(responseCode = "400", description = "A cursor that is no message of this conversation, or both",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such conversation, or not yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<MessagingResponses.MessagePage> page(@CurrentUser UserId me, @PathVariable String conversationId,
            @RequestParam(required = false) String before, @RequestParam(required = false) String after,
            @Parameter(description = "1 to 100, 20 when absent") @RequestParam(required = false) Integer limit) {
        return Envelope.ok(mapper.toPage(messages.page(me, id(conversationId), cursor("before", before),
                cursor("after", after), limit)));
    }

    @PostMapping(path = "/v1/conversations/{conversationId}/messages", consumes = "application/json",
            produces = "application/json")
    @Operation(operationId = "sendMessage", summary = "Send a text message",
            description = "Stored, then pushed to the conversation's topic. With a clientKey a retry answers the "
                    + "message the first try made (200 instead of 201).")
    @ApiResponse(responseCode = "201", description = "Sent")
    @ApiResponse(responseCode = "200", description = "Sent before with this clientKey")
    @ApiResponse(responseCode = "403", description = "A direct conversation where one of you blocked the other",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such conversation, or not yours",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<MessagingResponses.Message>> send(@CurrentUser UserId me,
            @PathVariable String conversationId, @RequestBody MessagingRequests.SendText body) {
        var sent = sending.send(new SendMessage(me, id(conversationId), body.text(), null, body.clientKey()));
        return answer(sent);
    }

    @PostMapping(path = "/v1/conversations/{conversationId}/messages",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "application/json")
    @Operation(operationId = "sendImageMessage", summary = "Send an image (and text)",
            description = "Multipart: field file (a JPEG, PNG or WebP, at most 5 MB, stored re-encoded without "
                    + "metadata), optional fields text and clientKey.")
    @ApiResponse(responseCode = "201", description = "Sent")
    @ApiResponse(responseCode = "413", description = "The image is over 5 MB",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<MessagingResponses.Message>> sendImage(@CurrentUser UserId me,
            @PathVariable String conversationId, @RequestParam(required = false) String text,
            @RequestParam(required = false) String clientKey, @Parameter(hidden = true) HttpServletRequest request) {
        var sent = sending.send(new SendMessage(me, id(conversationId), text, ImageExchange.upload(request),
                clientKey));
        return answer(sent);
    }

    private ResponseEntity<Envelope<MessagingResponses.Message>> answer(SendMessageUseCase.Sent sent) {
        var message = mapper.toMessage(sent.message());
        return sent.created() ? Envelope.created("/v1/messages/" + message.id(), message)
                : ResponseEntity.ok(Envelope.ok(message));
    }

    @PostMapping(path = "/v1/conversations/{conversationId}/receipts", consumes = "application/json",
            produces = "application/json")
    @Operation(operationId = "acknowledgeMessages", summary = "Move my receipts forward",
            description = "deliveredUpTo: one of your clients received messages up to this one; readUpTo: your read "
                    + "marker. Receipts never move back; others see them on the conversation's topic.")
    @ApiResponse(responseCode = "200", description = "Your receipts now")
    Envelope<MessagingResponses.Receipt> acknowledge(@CurrentUser UserId me, @PathVariable String conversationId,
            @RequestBody MessagingRequests.Acknowledge body) {
        return Envelope.ok(mapper.toReceipt(messages.acknowledge(me, id(conversationId),
                cursor("deliveredUpTo", body.deliveredUpTo()), cursor("readUpTo", body.readUpTo()))));
    }

    @PatchMapping(path = "/v1/messages/{messageId}", consumes = { "application/json", "application/merge-patch+json" },
            produces = "application/json")
    @Operation(operationId = "editMessage", summary = "Edit my message's text", description = "Within 5 minutes of sending it.")
    @ApiResponse(responseCode = "200", description = "The edited message")
    @ApiResponse(responseCode = "403", description = "Not your message",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "Over 5 minutes old (EDIT_WINDOW_CLOSED) or deleted",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<MessagingResponses.Message> edit(@CurrentUser UserId me, @PathVariable String messageId,
            @RequestBody MessagingRequests.Edit body) {
        return Envelope.ok(mapper.toMessage(messages.edit(me, messageId(messageId), body.text())));
    }

    @DeleteMapping(path = "/v1/messages/{messageId}", produces = "application/json")
    @Operation(operationId = "deleteMessage", summary = "Delete a message, for me or for everyone",
            description = "for=me (the default) hides it from you; for=everyone (its sender only) removes its text "
                    + "and image for all, leaving its place.")
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "for=everyone on someone else's message",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Deleted> delete(@CurrentUser UserId me, @PathVariable String messageId,
            @Parameter(schema = @Schema(allowableValues = { "me", "everyone" })) @RequestParam(name = "for",
                    required = false) String scope) {
        var id = messageId(messageId);
        var deleteFor = QueryParameters.enumValue("for", scope, MessagesUseCase.DeleteFor.class);
        messages.delete(me, id, deleteFor == null ? MessagesUseCase.DeleteFor.ME : deleteFor);
        return Envelope.ok(new Deleted(id));
    }

    record Deleted(UUID id) {
    }

    @GetMapping(path = "/v1/messages/{messageId}/image",
            produces = { ImageExchange.JPEG, ImageExchange.PNG, ImageExchange.WEBP })
    @Operation(operationId = "getMessageImage", summary = "A message's image", description = "Participants only.")
    @ApiResponse(responseCode = "200", description = "The image",
            content = { @Content(mediaType = ImageExchange.JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = ImageExchange.PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = ImageExchange.WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "404", description = "No such message or image (as JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> image(@CurrentUser UserId me, @PathVariable String messageId,
            @Parameter(hidden = true) HttpServletRequest request) {
        return ImageExchange.serve(messages.openImage(me, messageId(messageId)), request,
                org.springframework.http.CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePrivate(),
                "message-" + messageId);
    }

    @GetMapping(path = "/v1/messages/search", produces = "application/json")
    @Operation(operationId = "searchMessages", summary = "Search my message history",
            description = "Messages of the conversations you take part in that contain every word of q "
                    + "(PostgreSQL full-text search, no stemming), the newest first.")
    @ApiResponse(responseCode = "200", description = "A page of messages")
    @ApiResponse(responseCode = "400", description = "No q, or one over 200 characters",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<List<MessagingResponses.Message>> search(@CurrentUser UserId me,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer limit) {
        return Envelope.page(messages.search(me, q, PageRequest.of(page, limit)).map(mapper::toMessage));
    }

    private static UUID messageId(String value) {
        return QueryParameters.uuid("messageId", value);
    }

    private static UUID cursor(String field, String value) {
        return value == null || value.isBlank() ? null : QueryParameters.uuid(field, value);
    }
}
