package com.weighttracker.notifications.application.port.out;

import java.util.Optional;

import com.weighttracker.notifications.domain.Category;
import com.weighttracker.shared.UserId;

/** Signed one-click unsubscribe links: the link is the credential, so it must not be forgeable. */
public interface UnsubscribeLinks {

    /** The absolute URL that turns off e-mail of {@code category} for {@code user}. */
    String linkFor(UserId user, Category category);

    /** The user and category a token was signed for, or empty for one we did not sign. */
    Optional<Unsubscription> verify(String token);

    record Unsubscription(UserId user, Category category) {
    }
}
