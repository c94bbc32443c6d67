package com.weighttracker.messaging.adapter.rest;

import static com.weighttracker.messaging.adapter.rest.ConversationController.id;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.messaging.application.port.in.ConversationAvatarUseCase;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping(path = "/v1/conversations/{conversationId}/avatar", produces = "application/json")
@Tag(name = "Group avatar", description = "A group's avatar: JPEG, PNG or WebP (judged by content), at most 2 MB, "
        + "stored re-encoded without metadata; set by its owner, seen by its participants.")
class ConversationAvatarController {

    private final ConversationAvatarUseCase avatars;
    private final MessagingRestMapper mapper;

    ConversationAvatarController(ConversationAvatarUseCase avatars, MessagingRestMapper mapper) {
        this.avatars = avatars;
        this.mapper = mapper;
    }

    @PutMapping(consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, ImageExchange.JPEG, ImageExchange.PNG,
            ImageExchange.WEBP, MediaType.APPLICATION_OCTET_STREAM_VALUE })
    @Operation(operationId = "putGroupAvatar", summary = "Set the group's avatar")
    @ImageExchange.UploadBody
    @ApiResponse(responseCode = "200", description = "The group")
    @ApiResponse(responseCode = "413", description = "Over 2 MB",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<MessagingResponses.Conversation> put(@CurrentUser UserId me, @PathVariable String conversationId,
            @Parameter(hidden = true) HttpServletRequest request) {
        return Envelope.ok(mapper.toConversation(avatars.replace(me, id(conversationId),
                ImageExchange.upload(request))));
    }

    @GetMapping(produces = { ImageExchange.JPEG, ImageExchange.PNG, ImageExchange.WEBP })
    @Operation(operationId = "getGroupAvatar", summary = "The group's avatar image")
    @ApiResponse(responseCode = "200", description = "The image",
            content = { @Content(mediaType = ImageExchange.JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = ImageExchange.PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = ImageExchange.WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "404", description = "No avatar, or not your conversation (as JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> get(@CurrentUser UserId me, @PathVariable String conversationId,
            @Parameter(hidden = true) HttpServletRequest request) {
        return ImageExchange.serve(avatars.open(me, id(conversationId)), request, ImageExchange.REVALIDATE,
                "group-avatar");
    }

    @DeleteMapping
    @Operation(operationId = "deleteGroupAvatar", summary = "Remove the group's avatar")
    @ApiResponse(responseCode = "200", description = "Removed")
    Envelope<Removed> remove(@CurrentUser UserId me, @PathVariable String conversationId) {
        var id = id(conversationId);
        avatars.remove(me, id);
        return Envelope.ok(new Removed(id));
    }

    record Removed(UUID conversationId) {
    }
}
