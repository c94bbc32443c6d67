package com.weighttracker.notifications.adapter.persistence;

import static com.weighttracker.notifications.adapter.persistence.schema.Tables.PUSH_SUBSCRIPTIONS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.notifications.adapter.persistence.schema.tables.records.PushSubscriptionsRecord;
import com.weighttracker.notifications.application.port.out.PushSubscriptionRepository;
import com.weighttracker.notifications.domain.PushSubscription;
import com.weighttracker.notifications.domain.PushSubscriptionId;
import com.weighttracker.shared.UserId;

@Repository
class JooqPushSubscriptionRepository implements PushSubscriptionRepository {

    private final DSLContext dsl;

    JooqPushSubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(PushSubscription subscription) {
        var row = dsl.newRecord(PUSH_SUBSCRIPTIONS);
        row.setId(subscription.getId().value());
        row.setUserId(subscription.userId().value());
        row.setEndpoint(subscription.endpoint());
        row.setP256dh(subscription.p256dh());
        row.setAuth(subscription.auth());
        row.setCreatedAt(subscription.createdAt());
        dsl.insertInto(PUSH_SUBSCRIPTIONS).set(row)
                .onConflict(PUSH_SUBSCRIPTIONS.ENDPOINT).doUpdate().set(row)
                .execute();
    }

    @Override
    public int countOf(UserId user) {
        return dsl.fetchCount(PUSH_SUBSCRIPTIONS, PUSH_SUBSCRIPTIONS.USER_ID.eq(user.value()));
    }

    @Override
    public List<PushSubscription> ofUser(UserId user) {
        return dsl.selectFrom(PUSH_SUBSCRIPTIONS)
                .where(PUSH_SUBSCRIPTIONS.USER_ID.eq(user.value()))
                .orderBy(PUSH_SUBSCRIPTIONS.CREATED_AT)
                .limit(PushSubscription.MAX_PER_USER)
                .fetch(JooqPushSubscriptionRepository::toSubscription);
    }

    @Override
    public Map<UserId, List<PushSubscription>> ofUsers(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        var ids = users.stream().map(UserId::value).distinct().toArray(UUID[]::new);
        var byUser = new HashMap<UserId, List<PushSubscription>>();
        dsl.selectFrom(PUSH_SUBSCRIPTIONS)
                .where(PUSH_SUBSCRIPTIONS.USER_ID.eq(DSL.any(ids)))
                .orderBy(PUSH_SUBSCRIPTIONS.USER_ID, PUSH_SUBSCRIPTIONS.CREATED_AT)
                .fetch(JooqPushSubscriptionRepository::toSubscription)
                .forEach(subscription -> {
                    var ofUser = byUser.computeIfAbsent(subscription.userId(), user -> new ArrayList<>());
                    if (ofUser.size() < PushSubscription.MAX_PER_USER) { // the same cap as ofUser, oldest first
                        ofUser.add(subscription);
                    }
                });
        return byUser;
    }

    @Override
    public boolean delete(UserId user, PushSubscriptionId id) {
        return dsl.deleteFrom(PUSH_SUBSCRIPTIONS)
                .where(PUSH_SUBSCRIPTIONS.ID.eq(id.value()))
                .and(PUSH_SUBSCRIPTIONS.USER_ID.eq(user.value()))
                .execute() == 1;
    }

    @Override
    public void forget(PushSubscriptionId id) {
        dsl.deleteFrom(PUSH_SUBSCRIPTIONS).where(PUSH_SUBSCRIPTIONS.ID.eq(id.value())).execute();
    }

    @Override
    public void deleteAllOf(UserId user) {
        dsl.deleteFrom(PUSH_SUBSCRIPTIONS).where(PUSH_SUBSCRIPTIONS.USER_ID.eq(user.value())).execute();
    }

    private static PushSubscription toSubscription(PushSubscriptionsRecord row) {
        return PushSubscription.restore(new PushSubscriptionId(row.getId()), new UserId(row.getUserId()),
                row.getEndpoint(), row.getP256dh(), row.getAuth(), row.getCreatedAt());
    }
}
