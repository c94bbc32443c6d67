package com.weighttracker.notifications.application.port.out;

import com.weighttracker.notifications.domain.PushSubscription;

/** Web Push: VAPID-signed (RFC 8292), payload encrypted for the subscription (RFC 8291). */
public interface PushSender {

    /** The VAPID public key, base64url. */
    String applicationServerKey();

    Outcome send(PushSubscription subscription, PushMessage message);

    /** What the browser's service worker receives, as JSON. */
    record PushMessage(String title, String body, String link, String category) {
    }

    enum Outcome {
        DELIVERED,
        /** The push service answered 404 or 410: the subscription is gone for good. */
        GONE,
        /** Anything else (5xx, a timeout): this message is lost, the subscription stays. */
        FAILED
    }
}
