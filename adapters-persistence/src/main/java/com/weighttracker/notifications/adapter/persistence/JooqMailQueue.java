package com.weighttracker.notifications.adapter.persistence;

import static com.weighttracker.notifications.adapter.persistence.schema.Tables.MAIL_QUEUE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.notifications.adapter.persistence.schema.tables.records.MailQueueRecord;
import com.weighttracker.notifications.application.port.out.MailQueue;
import com.weighttracker.notifications.application.port.out.QueuedMail;
import com.weighttracker.shared.UserId;

@Repository
class JooqMailQueue implements MailQueue {

    private static final int MAX_ERROR = 200;

    private final DSLContext dsl;

    JooqMailQueue(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enqueue(QueuedMail mail) {
        dsl.insertInto(MAIL_QUEUE)
                .set(MAIL_QUEUE.ID, mail.id())
                .set(MAIL_QUEUE.USER_ID, mail.user().value())
                .set(MAIL_QUEUE.SUBJECT, mail.subject())
                .set(MAIL_QUEUE.HTML, mail.html())
                .set(MAIL_QUEUE.TEXT, mail.text())
                .set(MAIL_QUEUE.UNSUBSCRIBE_URL, mail.unsubscribeUrl())
                .set(MAIL_QUEUE.NOT_BEFORE, mail.notBefore())
                .set(MAIL_QUEUE.ATTEMPTS, mail.attempts())
                .set(MAIL_QUEUE.CREATED_AT, mail.notBefore())
                .execute();
    }

    @Override
    public void enqueueAll(List<QueuedMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(MAIL_QUEUE, MAIL_QUEUE.ID, MAIL_QUEUE.USER_ID, MAIL_QUEUE.SUBJECT, MAIL_QUEUE.HTML,
                MAIL_QUEUE.TEXT, MAIL_QUEUE.UNSUBSCRIBE_URL, MAIL_QUEUE.NOT_BEFORE, MAIL_QUEUE.ATTEMPTS,
                MAIL_QUEUE.CREATED_AT);
        for (var mail : mails) {
            insert = insert.values(mail.id(), mail.user().value(), mail.subject(), mail.html(), mail.text(),
                    mail.unsubscribeUrl(), mail.notBefore(), mail.attempts(), mail.notBefore());
        }
        insert.execute();
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit) {
        // mail_queue_due_idx (not_before) where done_at is null
        return dsl.selectFrom(MAIL_QUEUE)
                .where(MAIL_QUEUE.DONE_AT.isNull())
                .and(MAIL_QUEUE.NOT_BEFORE.le(now))
                .orderBy(MAIL_QUEUE.NOT_BEFORE)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(JooqMailQueue::toMail);
    }

    @Override
    public void sentAll(Collection<UUID> ids, Instant at) {
        if (!ids.isEmpty()) {
            dsl.update(MAIL_QUEUE).set(MAIL_QUEUE.DONE_AT, at).setNull(MAIL_QUEUE.LAST_ERROR)
                    .where(MAIL_QUEUE.ID.eq(DSL.any(ids.toArray(UUID[]::new)))).execute();
        }
    }

    @Override
    public void failed(UUID id, int attempts, Instant retryAt, String reason) {
        var update = dsl.update(MAIL_QUEUE)
                .set(MAIL_QUEUE.ATTEMPTS, attempts)
                .set(MAIL_QUEUE.LAST_ERROR, reason == null ? null
                        : reason.substring(0, Math.min(reason.length(), MAX_ERROR)));
        if (retryAt == null) {
            update.set(MAIL_QUEUE.DONE_AT, MAIL_QUEUE.NOT_BEFORE).where(MAIL_QUEUE.ID.eq(id)).execute();
        } else {
            update.set(MAIL_QUEUE.NOT_BEFORE, retryAt).where(MAIL_QUEUE.ID.eq(id)).execute();
        }
    }

    @Override
    public int deleteDoneBefore(Instant cutoff) {
        return dsl.deleteFrom(MAIL_QUEUE).where(MAIL_QUEUE.DONE_AT.lt(cutoff)).execute();
    }

    @Override
    public void deleteAllOf(UserId user) {
        dsl.deleteFrom(MAIL_QUEUE).where(MAIL_QUEUE.USER_ID.eq(user.value())).execute();
    }

    private static QueuedMail toMail(MailQueueRecord row) {
        return new QueuedMail(row.getId(), new UserId(row.getUserId()), row.getSubject(), row.getHtml(), row.getText(),
                row.getUnsubscribeUrl(), row.getNotBefore(), row.getAttempts());
    }
}
