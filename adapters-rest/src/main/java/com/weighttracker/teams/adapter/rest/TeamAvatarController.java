package com.weighttracker.teams.adapter.rest;

import static com.weighttracker.teams.adapter.rest.TeamController.teamId;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.RequiresVerifiedEmail;
import com.weighttracker.shared.InvalidInputException;
import com.weighttracker.shared.UserId;
import com.weighttracker.teams.application.port.in.AvatarUpload;
import com.weighttracker.teams.application.port.in.ManageTeamAvatarUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/teams/{teamId}/avatar", produces = "application/json")
@Tag(name = "Team avatar", description = "JPEG, PNG or WebP (judged by content), at most 2 MB; set by the owner and "
        + "admins, seen by whoever may see the team.")
class TeamAvatarController {

    private static final String FILE = "file";
    private static final String JPEG = MediaType.IMAGE_JPEG_VALUE;
    private static final String PNG = MediaType.IMAGE_PNG_VALUE;
    private static final String WEBP = "image/webp";

    private final ManageTeamAvatarUseCase avatars;

    TeamAvatarController(ManageTeamAvatarUseCase avatars) {
        this.avatars = avatars;
    }

    @PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresVerifiedEmail
    @Operation(operationId = "putTeamAvatar", summary = "Set the team's avatar",
            description = "Multipart field `file`, one file; its bytes decide the type.")
    @ApiResponse(responseCode = "200", description = "The team")
    @ApiResponse(responseCode = "413",
            description = "The file is over 2 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<TeamResponse> put(@CurrentUser UserId me, @PathVariable String teamId,
            @RequestPart(name = FILE, required = false) MultipartFile file,
            @Parameter(hidden = true) MultipartRequest request) {
        var id = teamId(teamId);
        if (file == null) {
            throw InvalidInputException.of(FILE, "file is required: send the image as multipart field 'file'");
        }
        if (request.getFiles(FILE).size() > 1) {
            throw InvalidInputException.of(FILE, "send one file per request");
        }
        return Envelope.ok(TeamResponse.of(avatars.replace(me, id, new AvatarUpload(file.getSize(),
                file::getInputStream))));
    }

    @GetMapping(produces = { JPEG, PNG, WEBP })
    @Operation(operationId = "getTeamAvatar", summary = "The team's avatar image")
    @ApiResponse(responseCode = "200", description = "The image",
            content = { @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = WEBP, schema = @Schema(type = "string", format = "binary")) })
    @ApiResponse(responseCode = "404",
            description = "No avatar, no such team, or a private one you are not a member of (as JSON)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<InputStreamResource> get(@CurrentUser UserId me, @PathVariable String teamId) {
        var content = avatars.open(me, teamId(teamId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.size())
                .cacheControl(CacheControl.empty().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.content()));
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
