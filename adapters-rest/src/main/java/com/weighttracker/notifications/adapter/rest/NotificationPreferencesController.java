package com.weighttracker.notifications.adapter.rest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.notifications.application.port.in.ManagePreferencesUseCase;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/users/me/notification-preferences", produces = "application/json")
@Tag(name = "Notifications")
class NotificationPreferencesController {

    private final ManagePreferencesUseCase preferences;
    private final NotificationsRestMapper mapper;

    NotificationPreferencesController(ManagePreferencesUseCase preferences, NotificationsRestMapper mapper) {
        this.preferences = preferences;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(operationId = "getNotificationPreferences", summary = "My notification preferences",
            description = "Per category the channels that are on, quiet hours and reminder times, in my profile's zone.")
    @ApiResponse(responseCode = "200", description = "My preferences (the defaults until I change them)")
    Envelope<NotificationsResponses.Preferences> get(@CurrentUser UserId me) {
        return Envelope.ok(mapper.toPreferences(preferences.get(me)));
    }

    @PutMapping(consumes = "application/json")
    @Operation(operationId = "putNotificationPreferences", summary = "Replace my notification preferences",
            description = "Categories left out of channels get their defaults; quiet hours, the daily reminder and "
                    + "the weekly check-in are off unless given. Push is never sent and e-mail waits during quiet hours.")
    @ApiResponse(responseCode = "200", description = "My preferences now")
    @ApiResponse(responseCode = "400", description = "An unknown category or channel, a time that is not HH:mm",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<NotificationsResponses.Preferences> put(@CurrentUser UserId me,
            @RequestBody NotificationsRequests.PutPreferences body) {
        return Envelope.ok(mapper.toPreferences(preferences.change(me, body.toChange())));
    }
}
