package com.weighttracker.notifications.application.port.in;

import com.weighttracker.notifications.domain.Category;

/** RFC 8058 one-click unsubscribe: the signed token of an e-mail's link is the only credential. */
public interface UnsubscribeUseCase {

    /**
     * Turns off e-mail of the link's category for the link's user; doing it twice is fine.
     *
     * @throws com.weighttracker.notifications.domain.NotificationRejections.UnsubscribeLinkNotValid for a token
     *         we did not sign
     */
    Category unsubscribe(String token);

    /**
     * The category a link turns off, changing nothing: what the unsubscribe page asks the user to confirm.
     *
     * @throws com.weighttracker.notifications.domain.NotificationRejections.UnsubscribeLinkNotValid for a token
     *         we did not sign
     */
    Category categoryOf(String token);
}
