package com.weighttracker.notifications.adapter.rest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.weighttracker.notifications.application.port.in.ManagePushSubscriptionsUseCase;
import com.weighttracker.notifications.application.port.in.SubscribePushCommand;
import com.weighttracker.platform.adapter.rest.CurrentUser;
import com.weighttracker.platform.adapter.rest.Envelope;
import com.weighttracker.platform.adapter.rest.ErrorResponse;
import com.weighttracker.platform.adapter.rest.QueryParameters;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping(path = "/v1/users/me/push-subscriptions", produces = "application/json")
@Tag(name = "Notifications")
class PushSubscriptionController {

    private final ManagePushSubscriptionsUseCase subscriptions;
    private final NotificationsRestMapper mapper;

    PushSubscriptionController(ManagePushSubscriptionsUseCase subscriptions, NotificationsRestMapper mapper) {
        this.subscriptions = subscriptions;
        this.mapper = mapper;
    }

    @GetMapping("/key")
    @Operation(operationId = "getPushKey", summary = "The key browsers subscribe with",
            description = "The VAPID public key, for PushManager.subscribe({applicationServerKey}).")
    @ApiResponse(responseCode = "200", description = "The key")
    Envelope<NotificationsResponses.PushKey> key() {
        return Envelope.ok(new NotificationsResponses.PushKey(subscriptions.applicationServerKey()));
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "subscribePush", summary = "Subscribe this browser to Web Push",
            description = "The body is the browser's PushSubscription.toJSON(). The same endpoint again replaces it.")
    @ApiResponse(responseCode = "201", description = "Subscribed")
    @ApiResponse(responseCode = "400", description = "Not an https endpoint, or keys of the wrong shape",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @ApiResponse(responseCode = "409", description = "20 browsers subscribed already (TOO_MANY_PUSH_SUBSCRIPTIONS)",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    ResponseEntity<Envelope<NotificationsResponses.PushSubscription>> subscribe(@CurrentUser UserId me,
            @RequestBody NotificationsRequests.SubscribePush body) {
        if (body.keys() == null) {
            throw InvalidInput.of("keys", "keys is required");
        }
        var subscription = subscriptions.subscribe(me, new SubscribePushCommand(body.endpoint(), body.keys().p256dh(),
                body.keys().auth()));
        return Envelope.created("/v1/users/me/push-subscriptions/" + subscription.id(),
                mapper.toPushSubscription(subscription));
    }

    @DeleteMapping("/{subscriptionId}")
    @Operation(operationId = "unsubscribePush", summary = "Unsubscribe a browser from Web Push")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such subscription of mine",
            content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    Envelope<NotificationsResponses.Deleted> unsubscribe(@CurrentUser UserId me, @PathVariable String subscriptionId) {
        var id = QueryParameters.uuid("subscriptionId", subscriptionId);
        subscriptions.unsubscribe(me, id);
        return Envelope.ok(new NotificationsResponses.Deleted(id));
    }
}
