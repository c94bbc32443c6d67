package com.weighttracker.notifications.application.port.in;

/** A browser's {@code PushSubscription.toJSON()}: its endpoint and keys. */
public record SubscribePushCommand(String endpoint, String p256dh, String auth) {
}
