package com.weighttracker.teams.adapter.rest;

import static com.weighttracker.teams.adapter.rest.TeamController.teamId;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.ManageTeamAvatarUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping(path = "/v1/teams/{teamId}/avatar", produces = "application/json")
@Tag(name = "Team avatar", description = "JPEG, PNG or WebP (judged by content), at most 2 MB as uploaded, stored "
        + "re-encoded without metadata; set by the owner and admins, seen by whoever may see the team.")
class TeamAvatarController {

    private static final String JPEG = ImageExchange.JPEG;
    private static final String PNG = ImageExchange.PNG;
    private static final String WEBP = ImageExchange.WEBP;

    private final ManageTeamAvatarUseCase avatars;
    private final TeamsRestMapper mapper;

    TeamAvatarController(ManageTeamAvatarUseCase avatars, TeamsRestMapper mapper) {
        this.avatars = avatars;
        this.mapper = mapper;
    }

    @PutMapping(consumes = { MediaType.MULTIPART_FORM_DATA_VALUE, JPEG, PNG, WEBP,
            MediaType.APPLICATION_OCTET_STREAM_VALUE })
    @RequiresVerifiedEmail
    @Operation(operationId = "putTeamAvatar", summary = "Set the team's avatar",
            description = "Multipart field `file` (one file), or the image as the request body; its bytes decide the "
                    + "type. Decoded (at most 40 megapixels) and stored re-encoded without metadata.")
    @ImageExchange.UploadBody
    @ApiResponse(responseCode = "200", description = "The team")
    @ApiResponse(responseCode = "400",
            description = "No image, not a JPEG, PNG or WebP, over 40 megapixels, or not decodable (VALIDATION_ERROR)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "413",
            description = "The file is over 2 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamsResponses.Team> put(@CurrentUser UserId me, @PathVariable String teamId,
            @Parameter(hidden = true) HttpServletRequest request) {
        var id = teamId(teamId);
        return Envelope.ok(mapper.toTeam(avatars.replace(me, id, ImageExchange.upload(request))));
    }

    @GetMapping(produces = { JPEG, PNG, WEBP })
    @Operation(operationId = "getTeamAvatar", summary = "The team's avatar image",
            description = "Cache-Control private, no-cache with an ETag: If-None-Match answers 304.")
    @ApiResponse(responseCode = "200", description = "The image",
            content = { @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "304", description = "Not modified since the ETag you sent")
    @ApiResponse(responseCode = "404",
            description = "No avatar, no such team, or a private one you are not a member of (as JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> get(@CurrentUser UserId me, @PathVariable String teamId,
            @Parameter(hidden = true) HttpServletRequest request) {
        return ImageExchange.serve(avatars.open(me, teamId(teamId)), request, ImageExchange.REVALIDATE,
                "team-avatar");
    }

    @DeleteMapping
    @RequiresVerifiedEmail
    @Operation(operationId = "deleteTeamAvatar", summary = "Remove the team's avatar")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "403", description = "Your role may not",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<Removed> remove(@CurrentUser UserId me, @PathVariable String teamId) {
        var id = teamId(teamId);
        avatars.remove(me, id);
        return Envelope.ok(new Removed(id.toString()));
    }

    record Removed(String teamId) {
    }
}
