package com.weighttracker.notifications.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.weighttracker.notifications.domain.PushSubscription;
import com.weighttracker.notifications.domain.PushSubscriptionId;
import com.weighttracker.shared.UserId;

public interface PushSubscriptionRepository {

    /** Stores it, replacing a subscription with the same endpoint (whoever it belonged to). */
    void save(PushSubscription subscription);

    int countOf(UserId user);

    /** At most {@link PushSubscription#MAX_PER_USER}. */
    List<PushSubscription> ofUser(UserId user);

    /** {@link #ofUser} for many users in one query; users without a subscription are left out. */
    Map<UserId, List<PushSubscription>> ofUsers(Collection<UserId> users);

    boolean delete(UserId user, PushSubscriptionId id);

    /** The push service said it is gone (404/410). */
    void forget(PushSubscriptionId id);

    void deleteAllOf(UserId user);
}
