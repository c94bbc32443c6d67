package com.weighttracker.social.adapter.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.social.application.port.in.BlockUsersUseCase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/users", produces = "application/json")
@Tag(name = "Blocking", description = "A blocked user's posts and comments disappear from your feeds and threads; "
        + "they cannot send you direct messages.")
class BlockController {

    private final BlockUsersUseCase blocks;
    private final SocialRestMapper mapper;

    BlockController(BlockUsersUseCase blocks, SocialRestMapper mapper) {
        this.blocks = blocks;
        this.mapper = mapper;
    }

    @PutMapping("/{userId}/block")
    @Operation(operationId = "blockUser", summary = "Block a user", description = "Idempotent.")
    @ApiResponse(responseCode = "200", description = "Blocked")
    @ApiResponse(responseCode = "400", description = "Yourself, or not a user id",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "404", description = "No such user",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.BlockedUser> block(@CurrentUser UserId me, @PathVariable String userId) {
        return Envelope.ok(mapper.toBlocked(blocks.block(me, userId(userId))));
    }

    @DeleteMapping("/{userId}/block")
    @Operation(operationId = "unblockUser", summary = "Unblock a user", description = "Idempotent.")
    @ApiResponse(responseCode = "200", description = "Not blocked (any more)")
    @ApiResponse(responseCode = "400", description = "Not a user id",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<SocialResponses.Deleted> unblock(@CurrentUser UserId me, @PathVariable String userId) {
        var id = userId(userId);
        blocks.unblock(me, id);
        return Envelope.ok(new SocialResponses.Deleted(id));
    }

    @GetMapping("/me/blocks")
    @Operation(operationId = "listBlocks", summary = "The users you blocked, newest first")
    @ApiResponse(responseCode = "200", description = "A page of blocked users")
    Envelope<List<SocialResponses.BlockedUser>> list(@CurrentUser UserId me,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
        return Envelope.page(blocks.blocks(me, PageRequest.of(page, limit)).map(mapper::toBlocked));
    }

    private static UUID userId(String value) {
        return QueryParameters.uuid("userId", value);
    }
}
