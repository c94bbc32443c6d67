package com.weighttracker.notifications.adapter.persistence;

import static com.weighttracker.notifications.adapter.persistence.schema.Tables.INBOX;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.notifications.adapter.persistence.schema.tables.records.InboxRecord;
import com.weighttracker.notifications.application.port.out.NotificationRepository;
import com.weighttracker.notifications.application.port.out.NotificationRepository.SourceKey;
import com.weighttracker.notifications.domain.Category;
import com.weighttracker.notifications.domain.Notification;
import com.weighttracker.notifications.domain.NotificationContent;
import com.weighttracker.notifications.domain.NotificationId;
import com.weighttracker.shared.UserId;

@Repository
class JooqNotificationRepository implements NotificationRepository {

    private final DSLContext dsl;

    JooqNotificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean addIfNew(Notification notification) {
        var content = notification.content();
        return dsl.insertInto(INBOX)
                .set(INBOX.ID, notification.getId().value())
                .set(INBOX.USER_ID, notification.userId().value())
                .set(INBOX.CATEGORY, notification.category().name())
                .set(INBOX.TITLE, content.title())
                .set(INBOX.BODY, content.body())
                .set(INBOX.LINK, content.link())
                .set(INBOX.SOURCE_KEY, notification.sourceKey())
                .set(INBOX.IN_CENTRE, notification.inCentre())
                .set(INBOX.CREATED_AT, notification.createdAt())
                .set(INBOX.READ_AT, notification.readAt().orElse(null))
                .onConflict(INBOX.USER_ID, INBOX.SOURCE_KEY).doNothing()
                .execute() == 1;
    }

    @Override
    public Set<SourceKey> havingSourceKeys(Collection<SourceKey> sourceKeys) {
        var found = new HashSet<SourceKey>();
        var wanted = new ArrayList<>(sourceKeys);
        // a thousand pairs a read: two bind values each, far below PostgreSQL's limit
        for (var from = 0; from < wanted.size(); from += 1_000) {
            var rows = wanted.subList(from, Math.min(wanted.size(), from + 1_000)).stream()
                    .map(key -> DSL.row(key.user().value(), key.key()))
                    .toList();
            dsl.select(INBOX.USER_ID, INBOX.SOURCE_KEY).from(INBOX)
                    .where(DSL.row(INBOX.USER_ID, INBOX.SOURCE_KEY).in(rows))
                    .forEach(row -> found.add(new SourceKey(new UserId(row.value1()), row.value2())));
        }
        return found;
    }

    @Override
    public Set<NotificationId> addAllIfNew(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return Set.of();
        }
        var insert = dsl.insertInto(INBOX, INBOX.ID, INBOX.USER_ID, INBOX.CATEGORY, INBOX.TITLE, INBOX.BODY,
                INBOX.LINK, INBOX.SOURCE_KEY, INBOX.IN_CENTRE, INBOX.CREATED_AT, INBOX.READ_AT);
        for (var notification : notifications) {
            var content = notification.content();
            insert = insert.values(notification.getId().value(), notification.userId().value(),
                    notification.category().name(), content.title(), content.body(), content.link(),
                    notification.sourceKey(), notification.inCentre(), notification.createdAt(),
                    notification.readAt().orElse(null));
        }
        return insert.onConflict(INBOX.USER_ID, INBOX.SOURCE_KEY).doNothing()
                .returningResult(INBOX.ID)
                .fetch(row -> new NotificationId(row.value1()))
                .stream().collect(Collectors.toSet());
    }

    @Override
    public Optional<Notification> find(UserId user, NotificationId id) {
        return dsl.selectFrom(INBOX)
                .where(INBOX.ID.eq(id.value()))
                .and(INBOX.USER_ID.eq(user.value()))
                .and(INBOX.IN_CENTRE)
                .fetchOptional(JooqNotificationRepository::toNotification);
    }

    @Override
    public void update(Notification notification) {
        dsl.update(INBOX)
                .set(INBOX.READ_AT, notification.readAt().orElse(null))
                .where(INBOX.ID.eq(notification.getId().value()))
                .execute();
    }

    @Override
    public List<Notification> newest(UserId user, Position after, int limit) {
        var where = INBOX.USER_ID.eq(user.value()).and(INBOX.IN_CENTRE);
        if (after != null) {
            where = where.and(DSL.row(INBOX.CREATED_AT, INBOX.ID).lt(after.createdAt(), after.id()));
        }
        // inbox_centre_idx (user_id, created_at desc, id desc) where in_centre
        return dsl.selectFrom(INBOX)
                .where(where)
                .orderBy(INBOX.CREATED_AT.desc(), INBOX.ID.desc())
                .limit(limit)
                .fetch(JooqNotificationRepository::toNotification);
    }

    @Override
    public long unreadCount(UserId user) {
        return dsl.fetchCount(INBOX, INBOX.USER_ID.eq(user.value())
                .and(INBOX.IN_CENTRE).and(INBOX.READ_AT.isNull()));
    }

    @Override
    public int markAllRead(UserId user, Instant now) {
        return dsl.update(INBOX)
                .set(INBOX.READ_AT, now)
                .where(INBOX.USER_ID.eq(user.value()))
                .and(INBOX.IN_CENTRE)
                .and(INBOX.READ_AT.isNull())
                .execute();
    }

    @Override
    public boolean delete(UserId user, NotificationId id) {
        return dsl.deleteFrom(INBOX)
                .where(INBOX.ID.eq(id.value()))
                .and(INBOX.USER_ID.eq(user.value()))
                .and(INBOX.IN_CENTRE)
                .execute() == 1;
    }

    @Override
    public void deleteAllOf(UserId user) {
        dsl.deleteFrom(INBOX).where(INBOX.USER_ID.eq(user.value())).execute();
    }

    @Override
    public int deleteOld(Instant readCutoff, Instant unreadCutoff) {
        return dsl.deleteFrom(INBOX)
                .where(INBOX.READ_AT.lt(readCutoff))
                .or(INBOX.CREATED_AT.lt(unreadCutoff))
                .execute();
    }

    private static Notification toNotification(InboxRecord row) {
        return Notification.restore(new NotificationId(row.getId()), new UserId(row.getUserId()),
                Category.valueOf(row.getCategory()), new NotificationContent(row.getTitle(), row.getBody(),
                        row.getLink()), row.getSourceKey(), row.getInCentre(), row.getCreatedAt(), row.getReadAt());
    }
}
