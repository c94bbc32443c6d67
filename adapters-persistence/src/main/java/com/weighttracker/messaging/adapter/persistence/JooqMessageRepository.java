package com.weighttracker.messaging.adapter.persistence;

import static com.weighttracker.messaging.adapter.persistence.schema.Tables.HIDDEN_MESSAGES;
import static com.weighttracker.messaging.adapter.persistence.schema.Tables.MESSAGES;
import static com.weighttracker.messaging.adapter.persistence.schema.Tables.PARTICIPANTS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.messaging.adapter.persistence.schema.tables.records.MessagesRecord;
import com.weighttracker.messaging.application.port.out.MessageDraft;
import com.weighttracker.messaging.application.port.out.MessageRepository;
import com.weighttracker.messaging.application.port.out.Sending;
import com.weighttracker.messaging.application.port.out.Sending.Outcome;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.ConversationKind;
import com.weighttracker.messaging.domain.Message;
import com.weighttracker.messaging.domain.MessageId;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

@Repository
class JooqMessageRepository implements MessageRepository {

    private final DSLContext dsl;

    JooqMessageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * A send in one statement (ADR 23), rendered once and bound per call (jOOQ's rendering was most of
     * the eight statements it replaces). {@code target} reads the conversation, whether the sender
     * takes part and whether their client key is taken; {@code seq} takes the next seq under the
     * row's lock (only when all is well, and for a direct conversation only once blocking was
     * checked); {@code receipts} moves the sender's own markers, and is the membership check after
     * the lock: a removal that committed while this waited for the row deleted the participant row,
     * which an update then skips; {@code stored} inserts the message only when both did their part.
     */
    private static final String STORE = """
            with target as (
                select c.id, c.kind,
                       exists (select 1 from messaging.participants p
                               where p.conversation_id = c.id and p.user_id = ?) as member,
                       exists (select 1 from messaging.messages m
                               where m.sender_id = ? and m.client_key = ?) as key_taken
                from messaging.conversations c
                where c.id = ?
            ), seq as (
                update messaging.conversations c
                   set last_seq = c.last_seq + 1, last_message_at = ?,
                       changed_in = pg_current_xact_id()::text::bigint
                  from target t
                 where c.id = t.id and t.member and not t.key_taken and (t.kind <> 'DIRECT' or ?)
                returning c.id, c.last_seq
            ), receipts as (
                update messaging.participants p
                   set delivered_seq = greatest(p.delivered_seq, s.last_seq),
                       read_seq = greatest(p.read_seq, s.last_seq),
                       read_at = case when p.read_seq < s.last_seq then ? else p.read_at end
                  from seq s
                 where p.conversation_id = s.id and p.user_id = ?
                returning s.id, s.last_seq
            ), stored as (
                insert into messaging.messages (id, conversation_id, seq, sender_id, body, image_key, client_key, sent_at)
                select ?, r.id, r.last_seq, ?, ?, ?, ?, ? from receipts r
                on conflict (sender_id, client_key) do nothing
                returning seq
            )
            select t.member, t.key_taken, t.kind, (select seq from stored),
                   (select array_agg(p.user_id order by p.joined_at, p.user_id)
                    from messaging.participants p where p.conversation_id = t.id)
            from target t""";

    @Override
    public Sending store(MessageDraft message, boolean blockingChecked) {
        var sender = message.sender().value();
        var now = OffsetDateTime.ofInstant(message.sentAt(), ZoneOffset.UTC);
        return dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(STORE)) {
                statement.setObject(1, sender);
                statement.setObject(2, sender);
                statement.setString(3, message.clientKey());
                statement.setObject(4, message.conversationId().value());
                statement.setObject(5, now);
                statement.setBoolean(6, blockingChecked);
                statement.setObject(7, now);
                statement.setObject(8, sender);
                statement.setObject(9, message.id().value());
                statement.setObject(10, sender);
                statement.setString(11, message.text());
                statement.setString(12, message.imageKey());
                statement.setString(13, message.clientKey());
                statement.setObject(14, now);
                try (var row = statement.executeQuery()) {
                    return row.next() ? sending(row, blockingChecked) : Sending.not(Outcome.NOT_PARTICIPANT);
                }
            }
        });
    }

    private static Sending sending(ResultSet row, boolean blockingChecked) throws SQLException {
        if (!row.getBoolean(1)) {
            return Sending.not(Outcome.NOT_PARTICIPANT);
        }
        if (row.getBoolean(2)) {
            return Sending.not(Outcome.KEY_TAKEN);
        }
        if (!blockingChecked && ConversationKind.DIRECT.name().equals(row.getString(3))) {
            return Sending.not(Outcome.BLOCKING_UNCHECKED);
        }
        var seq = row.getLong(4);
        if (row.wasNull()) {
            return Sending.not(Outcome.RACED);
        }
        var participants = new ArrayList<UserId>();
        for (var id : (UUID[]) row.getArray(5).getArray()) {
            participants.add(new UserId(id));
        }
        return new Sending(Outcome.STORED, seq, participants);
    }

    @Override
    public Optional<Message> find(MessageId id) {
        return dsl.selectFrom(MESSAGES).where(MESSAGES.ID.eq(id.value()))
                .fetchOptional(JooqMessageRepository::toMessage);
    }

    @Override
    public Optional<Message> lock(MessageId id) {
        return dsl.selectFrom(MESSAGES).where(MESSAGES.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqMessageRepository::toMessage);
    }

    @Override
    public Optional<Message> findByClientKey(UserId sender, String clientKey) {
        return dsl.selectFrom(MESSAGES)
                .where(MESSAGES.SENDER_ID.eq(sender.value()).and(MESSAGES.CLIENT_KEY.eq(clientKey)))
                .fetchOptional(JooqMessageRepository::toMessage);
    }

    @Override
    public void update(Message message) {
        dsl.update(MESSAGES)
                .set(MESSAGES.BODY, message.text().orElse(null))
                .set(MESSAGES.IMAGE_KEY, message.imageKey().orElse(null))
                .set(MESSAGES.EDITED_AT, message.editedAt().orElse(null))
                .set(MESSAGES.DELETED_AT, message.deletedAt().orElse(null))
                .where(MESSAGES.ID.eq(message.getId().value()))
                .execute();
    }

    @Override
    public Optional<Long> seqOf(ConversationId conversation, MessageId message) {
        return dsl.select(MESSAGES.SEQ).from(MESSAGES)
                .where(MESSAGES.ID.eq(message.value()).and(MESSAGES.CONVERSATION_ID.eq(conversation.value())))
                .fetchOptional(MESSAGES.SEQ);
    }

    @Override
    public List<Message> page(ConversationId conversation, UserId viewer, Long beforeSeq, Long afterSeq, int limit) {
        var where = MESSAGES.CONVERSATION_ID.eq(conversation.value()).and(notHiddenFrom(viewer));
        if (afterSeq != null) {
            // messages_seq_key, forwards
            return dsl.selectFrom(MESSAGES).where(where.and(MESSAGES.SEQ.gt(afterSeq)))
                    .orderBy(MESSAGES.SEQ.asc()).limit(limit)
                    .fetch(JooqMessageRepository::toMessage);
        }
        if (beforeSeq != null) {
            where = where.and(MESSAGES.SEQ.lt(beforeSeq));
        }
        var newestFirst = new ArrayList<>(dsl.selectFrom(MESSAGES).where(where)
                .orderBy(MESSAGES.SEQ.desc()).limit(limit)
                .fetch(JooqMessageRepository::toMessage));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    private static Condition notHiddenFrom(UserId viewer) {
        return DSL.notExists(DSL.selectOne().from(HIDDEN_MESSAGES)
                .where(HIDDEN_MESSAGES.USER_ID.eq(viewer.value()).and(HIDDEN_MESSAGES.MESSAGE_ID.eq(MESSAGES.ID))));
    }

    @Override
    public List<String> eraseAllOf(UserId user, Instant now) {
        dsl.deleteFrom(HIDDEN_MESSAGES).where(HIDDEN_MESSAGES.USER_ID.eq(user.value())).execute();
        var theirs = MESSAGES.SENDER_ID.eq(user.value()).and(MESSAGES.DELETED_AT.isNull());
        var imageKeys = dsl.select(MESSAGES.IMAGE_KEY).from(MESSAGES)
                .where(theirs.and(MESSAGES.IMAGE_KEY.isNotNull()))
                .forUpdate()
                .fetch(MESSAGES.IMAGE_KEY);
        dsl.update(MESSAGES)
                .set(MESSAGES.BODY, (String) null)
                .set(MESSAGES.IMAGE_KEY, (String) null)
                .set(MESSAGES.DELETED_AT, now)
                .where(theirs)
                .execute();
        return imageKeys;
    }

    @Override
    public void hide(UserId user, MessageId message) {
        dsl.insertInto(HIDDEN_MESSAGES).set(HIDDEN_MESSAGES.USER_ID, user.value())
                .set(HIDDEN_MESSAGES.MESSAGE_ID, message.value())
                .onConflictDoNothing().execute();
    }

    @Override
    public boolean isHidden(UserId user, MessageId message) {
        return dsl.fetchExists(HIDDEN_MESSAGES, HIDDEN_MESSAGES.USER_ID.eq(user.value())
                .and(HIDDEN_MESSAGES.MESSAGE_ID.eq(message.value())));
    }

    @Override
    public Page<Message> search(UserId user, String query, PageRequest page) {
        // matches messages_body_search_idx: the same expression, the words of the query ANDed
        var matches = DSL.condition("to_tsvector('simple', coalesce({0}, '')) @@ plainto_tsquery('simple', {1})",
                MESSAGES.BODY, DSL.val(query));
        var where = matches
                .and(MESSAGES.DELETED_AT.isNull())
                .and(MESSAGES.CONVERSATION_ID.in(DSL.select(PARTICIPANTS.CONVERSATION_ID).from(PARTICIPANTS)
                        .where(PARTICIPANTS.USER_ID.eq(user.value()))))
                .and(notHiddenFrom(user));
        var items = dsl.selectFrom(MESSAGES).where(where)
                .orderBy(MESSAGES.SENT_AT.desc(), MESSAGES.ID.desc())
                .limit(page.limit()).offset(page.offset())
                .fetch(JooqMessageRepository::toMessage);
        var total = items.isEmpty() && page.page() == 1 ? 0 : dsl.fetchCount(MESSAGES, where);
        return new Page<>(items, page, total);
    }

    private static Message toMessage(MessagesRecord row) {
        return Message.restore(new MessageId(row.getId()), new ConversationId(row.getConversationId()), row.getSeq(),
                new UserId(row.getSenderId()), row.getBody(), row.getImageKey(), row.getClientKey(), row.getSentAt(),
                row.getEditedAt(), row.getDeletedAt());
    }
}
