package com.weighttracker.notifications.adapter.rest;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.notifications.application.port.in.NotificationCentreUseCase;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/notifications", produces = "application/json")
@Tag(name = "Notifications")
class NotificationController {

    private final NotificationCentreUseCase centre;
    private final NotificationsRestMapper mapper;

    NotificationController(NotificationCentreUseCase centre, NotificationsRestMapper mapper) {
        this.centre = centre;
        this.mapper = mapper;
    }

    @GetMapping
    @Operation(operationId = "listNotifications", summary = "My notifications",
            description = "Newest first, by cursor: pass a page's nextCursor to get the next one. With the unread count.")
    @ApiResponse(responseCode = "200", description = "A page of notifications")
    @ApiResponse(responseCode = "400", description = "A cursor this API did not make, or a limit out of 1–100",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<NotificationsResponses.NotificationPage> list(@CurrentUser UserId me,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) String limit) {
        return Envelope.ok(mapper.toPage(centre.list(me, cursor, QueryParameters.integer("limit", limit))));
    }

    @GetMapping("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of my notifications are unread")
    @ApiResponse(responseCode = "200", description = "The count")
    Envelope<NotificationsResponses.UnreadCount> unreadCount(@CurrentUser UserId me) {
        return Envelope.ok(new NotificationsResponses.UnreadCount(centre.unreadCount(me)));
    }

    @PostMapping("/{notificationId}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one notification read")
    @ApiResponse(responseCode = "200", description = "Read (again: the first time is kept)")
    @ApiResponse(responseCode = "404", description = "No such notification of mine",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<NotificationsResponses.Notification> markRead(@CurrentUser UserId me,
            @PathVariable String notificationId) {
        return Envelope.ok(mapper.toNotification(centre.markRead(me,
                QueryParameters.uuid("notificationId", notificationId))));
    }

    @PostMapping("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read")
    @ApiResponse(responseCode = "200", description = "How many were unread")
    Envelope<NotificationsResponses.MarkedRead> markAllRead(@CurrentUser UserId me) {
        return Envelope.ok(new NotificationsResponses.MarkedRead(centre.markAllRead(me)));
    }

    @DeleteMapping("/{notificationId}")
    @Operation(operationId = "deleteNotification", summary = "Delete one of my notifications")
    @ApiResponse(responseCode = "200", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such notification of mine",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<NotificationsResponses.Deleted> delete(@CurrentUser UserId me, @PathVariable String notificationId) {
        var id = QueryParameters.uuid("notificationId", notificationId);
        centre.delete(me, id);
        return Envelope.ok(new NotificationsResponses.Deleted(id));
    }
}
