package com.weighttracker.messaging.adapter.persistence;

import static com.weighttracker.messaging.adapter.persistence.schema.Tables.HIDDEN_MESSAGES;
import static com.weighttracker.messaging.adapter.persistence.schema.Tables.MESSAGES;
import static com.weighttracker.messaging.adapter.persistence.schema.Tables.PARTICIPANTS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.messaging.adapter.persistence.schema.tables.records.MessagesRecord;
import com.weighttracker.messaging.application.port.out.MessageRepository;
import com.weighttracker.messaging.domain.ConversationId;
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

    @Override
    public boolean addUnlessKeyTaken(Message message) {
        var row = dsl.newRecord(MESSAGES);
        row.setId(message.getId().value());
        row.setConversationId(message.conversationId().value());
        row.setSeq(message.seq());
        row.setSenderId(message.sender().value());
        row.setBody(message.text().orElse(null));
        row.setImageKey(message.imageKey().orElse(null));
        row.setClientKey(message.clientKey().orElse(null));
        row.setSentAt(message.sentAt());
        return dsl.insertInto(MESSAGES).set(row)
                .onConflict(MESSAGES.SENDER_ID, MESSAGES.CLIENT_KEY).doNothing()
                .execute() == 1;
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
