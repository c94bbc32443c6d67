package com.weighttracker.identity.adapter.rest;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.identity.application.port.in.ManageUserAvatarUseCase;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping(path = "/v1/users", produces = "application/json")
@Tag(name = "User avatars", description = "JPEG, PNG or WebP (judged by content), at most 2 MB as uploaded, stored "
        + "re-encoded without metadata (no EXIF, no GPS). Whoever may see a user's profile sees their avatar; "
        + "`avatarUrl` in users, cards and member lists says where it is.")
class UserAvatarController {

    private static final String JPEG = ImageExchange.JPEG;
    private static final String PNG = ImageExchange.PNG;
    private static final String WEBP = ImageExchange.WEBP;

    private final ManageUserAvatarUseCase avatars;
    private final IdentityRestMapper mapper;

    UserAvatarController(ManageUserAvatarUseCase avatars, IdentityRestMapper mapper) {
        this.avatars = avatars;
        this.mapper = mapper;
    }

    @PutMapping(path = "/me/avatar", consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, JPEG, PNG, WEBP,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    @Operation(operationId = "putMyAvatar", summary = "Set your avatar",
            description = "Multipart field `file` (one file), or the image as the request body; its bytes decide the "
                    + "type. Decoded (at most 40 megapixels) and stored re-encoded without metadata: JPEG and PNG "
                    + "keep their format, WebP becomes PNG (with transparency) or JPEG.")
    @ImageExchange.UploadBody
    @ApiResponse(responseCode = "200", description = "The avatar as stored")
    @ApiResponse(responseCode = "400",
            description = "No image, not a JPEG, PNG or WebP, over 40 megapixels, or not decodable (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "413", description = "The file is over 2 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<IdentityResponses.Avatar> put(@CurrentUser UserId me,
            @Parameter(hidden = true) HttpServletRequest request) {
        return Envelope.ok(mapper.toAvatar(avatars.replace(me, ImageExchange.upload(request))));
    }

    @GetMapping(path = "/me/avatar", produces = { JPEG, PNG, WEBP })
    @Operation(operationId = "getMyAvatar", summary = "Your avatar image",
            description = "Cache-Control private, no-cache with an ETag and Last-Modified: a conditional request "
                    + "answers 304.")
    @ApiResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date you sent")
    @ApiResponse(responseCode = "404", description = "You have no avatar (as JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> mine(@CurrentUser UserId me,
            @Parameter(hidden = true) HttpServletRequest request) {
        return ImageExchange.serve(avatars.open(me, me), request, ImageExchange.REVALIDATE, "avatar");
    }

    @DeleteMapping("/me/avatar")
    @Operation(operationId = "deleteMyAvatar", summary = "Remove your avatar",
            description = "Removing none is fine.")
    @ApiResponse(responseCode = "200", description = "Removed")
    Envelope<IdentityResponses.Message> remove(@CurrentUser UserId me) {
        avatars.remove(me);
        return Envelope.ok(new IdentityResponses.Message("Your avatar is removed."));
    }

    @GetMapping(path = "/{userId}/avatar", produces = { JPEG, PNG, WEBP })
    @Operation(operationId = "getUserAvatar", summary = "A user's avatar image",
            description = "For whoever may see the user's profile. Cache-Control private, no-cache with an ETag and "
                    + "Last-Modified: a conditional request answers 304.")
    @ApiResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag or date you sent")
    @ApiResponse(responseCode = "404",
            description = "No avatar, no such user, or a private profile (alike, as JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> ofUser(@CurrentUser UserId me, @PathVariable String userId,
            @Parameter(hidden = true) HttpServletRequest request) {
        var owner = new UserId(QueryParameters.uuid("userId", userId));
        return ImageExchange.serve(avatars.open(me, owner), request, ImageExchange.REVALIDATE, "avatar");
    }
}
