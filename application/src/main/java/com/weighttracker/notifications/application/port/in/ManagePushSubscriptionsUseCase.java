package com.weighttracker.notifications.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.UserId;

public interface ManagePushSubscriptionsUseCase {

    /** The VAPID public key (base64url, uncompressed P-256) browsers subscribe with as {@code applicationServerKey}. */
    String applicationServerKey();

    /** Subscribes a browser; the same endpoint again replaces its keys (and moves it to this user). */
    PushSubscriptionView subscribe(UserId user, SubscribePushCommand command);

    void unsubscribe(UserId user, UUID subscriptionId);
}
