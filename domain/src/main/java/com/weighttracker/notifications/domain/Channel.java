package com.weighttracker.notifications.domain;

/** How a notification reaches the user. */
public enum Channel {
    /** The notification centre ({@code GET /v1/notifications}), and live over STOMP once messaging offers it. */
    IN_APP,
    /** An e-mail, with a one-click unsubscribe link for its category. */
    EMAIL,
    /** Web Push to every browser the user subscribed. */
    PUSH
}
