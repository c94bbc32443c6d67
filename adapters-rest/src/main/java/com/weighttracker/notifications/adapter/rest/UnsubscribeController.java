package com.weighttracker.notifications.adapter.rest;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.notifications.application.port.in.UnsubscribeUseCase;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * RFC 8058 one-click unsubscribe: the URL of an e-mail's {@code List-Unsubscribe} header, POSTed by the
 * mail client (body {@code List-Unsubscribe=One-Click}) or by the app's unsubscribe page. No login: the
 * signed token is the credential. A GET never unsubscribes (link scanners fetch links).
 */
@RestController
@Tag(name = "Notifications")
class UnsubscribeController {

    private final UnsubscribeUseCase unsubscribe;

    UnsubscribeController(UnsubscribeUseCase unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    @PostMapping(path = "/v1/notifications/unsubscribe", produces = "application/json")
    @SecurityRequirements
    @Operation(operationId = "unsubscribeByEmailLink", summary = "One-click unsubscribe from an e-mail category",
            description = "Without login: the token of the e-mail's link says who and which category. Any body "
                    + "(RFC 8058 sends List-Unsubscribe=One-Click) is ignored. Repeating it is fine.")
    @ApiResponse(responseCode = "200", description = "No more e-mail of this category")
    @ApiResponse(responseCode = "404", description = "A token we did not sign (UNSUBSCRIBE_LINK_INVALID)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<NotificationsResponses.Unsubscribed> unsubscribe(@RequestParam(required = false) String token) {
        var category = unsubscribe.unsubscribe(token);
        return Envelope.ok(new NotificationsResponses.Unsubscribed(NotificationsRestMapper.lower(category), true));
    }
}
