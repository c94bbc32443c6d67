package com.weighttracker.notifications.domain;

import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.Unknown;

/** Every rule of notifications a request can break, by name (ADR 17). */
public final class NotificationRejections {

    private NotificationRejections() {
    }

    // --- UNKNOWN

    /** No such notification, or another user's: the same answer. */
    public static final class NotificationNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public NotificationNotFound() {
            super("Notification not found");
        }
    }

    /** No such push subscription, or another user's: the same answer. */
    public static final class PushSubscriptionNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public PushSubscriptionNotFound() {
            super("Push subscription not found");
        }
    }

    /** The signed-in account is being deleted: it has no preferences any more. */
    public static final class AccountNotFound extends Unknown {
        private static final long serialVersionUID = 1L;

        public AccountNotFound() {
            super("Account not found");
        }
    }

    /** An unsubscribe link that was not made by us, was altered, or names no user we know. */
    public static final class UnsubscribeLinkNotValid extends Unknown {
        private static final long serialVersionUID = 1L;

        public UnsubscribeLinkNotValid() {
            super("UNSUBSCRIBE_LINK_INVALID", "This unsubscribe link is not valid. Change your preferences in the "
                    + "app instead.");
        }
    }

    // --- CONFLICT

    public static final class TooManyPushSubscriptions extends InConflict {
        private static final long serialVersionUID = 1L;

        public TooManyPushSubscriptions() {
            super("TOO_MANY_PUSH_SUBSCRIPTIONS", null, "You have subscribed " + PushSubscription.MAX_PER_USER
                    + " browsers already; remove one first.");
        }
    }
}
