package com.weighttracker.notifications.application;

import java.time.Clock;
import java.util.UUID;

import com.weighttracker.notifications.application.port.in.ManagePushSubscriptionsUseCase;
import com.weighttracker.notifications.application.port.in.PushSubscriptionView;
import com.weighttracker.notifications.application.port.in.SubscribePushCommand;
import com.weighttracker.notifications.application.port.out.PushSender;
import com.weighttracker.notifications.application.port.out.PushSubscriptionRepository;
import com.weighttracker.notifications.domain.NotificationRejections.PushSubscriptionNotFound;
import com.weighttracker.notifications.domain.NotificationRejections.TooManyPushSubscriptions;
import com.weighttracker.notifications.domain.PushSubscription;
import com.weighttracker.notifications.domain.PushSubscriptionId;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;

/** Browsers' Web Push subscriptions. */
public final class PushSubscriptionService implements ManagePushSubscriptionsUseCase {

    private final PushSubscriptionRepository subscriptions;
    private final PushSender push;
    private final boolean allowPlainHttp;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** @param allowPlainHttp accept http endpoints: only for a local push service in development and tests */
    public PushSubscriptionService(PushSubscriptionRepository subscriptions, PushSender push, boolean allowPlainHttp,
            Transactions transactions, IdGenerator ids, Clock clock) {
        this.subscriptions = subscriptions;
        this.push = push;
        this.allowPlainHttp = allowPlainHttp;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public String applicationServerKey() {
        return push.applicationServerKey();
    }

    @Override
    public PushSubscriptionView subscribe(UserId user, SubscribePushCommand command) {
        var subscription = PushSubscription.subscribe(new PushSubscriptionId(ids.next()), user, command.endpoint(),
                command.p256dh(), command.auth(), allowPlainHttp, clock.instant());
        return transactions.inTransaction(() -> {
            var existing = subscriptions.ofUser(user).stream()
                    .anyMatch(mine -> mine.endpoint().equals(subscription.endpoint()));
            if (!existing && subscriptions.countOf(user) >= PushSubscription.MAX_PER_USER) {
                throw new TooManyPushSubscriptions();
            }
            subscriptions.save(subscription);
            return PushSubscriptionView.of(subscription);
        });
    }

    @Override
    public void unsubscribe(UserId user, UUID subscriptionId) {
        if (!transactions.inTransaction(() -> subscriptions.delete(user, new PushSubscriptionId(subscriptionId)))) {
            throw new PushSubscriptionNotFound();
        }
    }
}
