package com.weighttracker.notifications.application.port.in;

import java.time.Instant;
import java.util.UUID;

import com.weighttracker.notifications.domain.PushSubscription;

public record PushSubscriptionView(UUID id, String endpoint, Instant createdAt) {

    public static PushSubscriptionView of(PushSubscription subscription) {
        return new PushSubscriptionView(subscription.getId().value(), subscription.endpoint(),
                subscription.createdAt());
    }
}
