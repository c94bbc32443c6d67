package com.weighttracker.identity.adapter.rest;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.identity.application.port.in.ChangePasswordUseCase;
import com.weighttracker.identity.application.port.in.DeleteAccountUseCase;
import com.weighttracker.identity.application.port.in.ManageProfileUseCase;
import com.weighttracker.identity.application.port.in.ViewUserProfileUseCase;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/users", produces = "application/json")
@Tag(name = "Users", description = "The signed-in user's account and profile, and other users' public cards.")
class UserController {

    private final ManageProfileUseCase profiles;
    private final ViewUserProfileUseCase otherProfiles;
    private final ChangePasswordUseCase passwords;
    private final DeleteAccountUseCase deletion;
    private final IdentityRestMapper mapper;

    UserController(ManageProfileUseCase profiles, ViewUserProfileUseCase otherProfiles,
            ChangePasswordUseCase passwords, DeleteAccountUseCase deletion, IdentityRestMapper mapper) {
        this.profiles = profiles;
        this.otherProfiles = otherProfiles;
        this.passwords = passwords;
        this.deletion = deletion;
        this.mapper = mapper;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user's account and profile")
    @ApiResponse(responseCode = "200", description = "The account")
    Envelope<IdentityResponses.User> me(@CurrentUser UserId me) {
        return Envelope.ok(mapper.toUser(profiles.viewOwn(me)));
    }

    @PatchMapping(path = "/me", consumes = { "application/json", "application/merge-patch+json" })
    @Operation(summary = "Change profile fields (JSON merge patch)",
            description = "Fields left out stay as they are; optional fields sent as null are cleared.")
    @ApiResponse(responseCode = "200", description = "The updated account")
    Envelope<IdentityResponses.User> update(@CurrentUser UserId me, @RequestBody UpdateProfileRequest changes) {
        return Envelope.ok(mapper.toUser(profiles.update(me, changes.toChanges())));
    }

    @DeleteMapping("/me")
    @Operation(summary = "Delete the account",
            description = "The account disappears from every public view at once and all sessions end. Logging "
                    + "in again within 30 days restores it; after that its personal data is purged for good.")
    @ApiResponse(responseCode = "200", description = "Deletion scheduled")
    Envelope<IdentityResponses.Message> delete(@CurrentUser UserId me) {
        deletion.requestDeletion(me);
        return Envelope.ok(new IdentityResponses.Message(
                "Your account is deleted. Log in within 30 days to restore it; after that it is gone for good."));
    }

    @PostMapping(path = "/me/password", consumes = "application/json")
    @Operation(summary = "Change the password",
            description = "Needs the current password; the last 3 passwords cannot be reused. Ends every other "
                    + "session and returns a fresh token pair for this one.")
    @ApiResponse(responseCode = "200", description = "New tokens")
    Envelope<IdentityResponses.Tokens> changePassword(@CurrentUser UserId me,
            @RequestBody AuthRequests.ChangePassword body) {
        return Envelope.ok(mapper.toTokens(passwords.change(me, body.currentPassword(), body.newPassword())));
    }

    @GetMapping("/{userId}")
    @Operation(summary = "Another user's public card",
            description = "A private profile shows only username and display name. Deleted users do not exist.")
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "404", description = "No such user (NOT_FOUND)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<IdentityResponses.PublicUser> user(@CurrentUser UserId me, @PathVariable String userId) {
        return Envelope.ok(mapper.toPublicUser(otherProfiles.view(me,
                new UserId(QueryParameters.uuid("userId", userId)))));
    }
}
