package com.weighttracker.messaging.adapter.persistence;

import static com.weighttracker.messaging.adapter.persistence.schema.Tables.CONVERSATIONS;
import static com.weighttracker.messaging.adapter.persistence.schema.Tables.MESSAGES;
import static com.weighttracker.messaging.adapter.persistence.schema.Tables.PARTICIPANTS;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.weighttracker.messaging.MessageRecipients;
import com.weighttracker.messaging.adapter.persistence.schema.tables.records.ConversationsRecord;
import com.weighttracker.messaging.application.port.out.ConversationRepository;
import com.weighttracker.messaging.application.port.out.ConversationSummary;
import com.weighttracker.messaging.application.port.out.Participant;
import com.weighttracker.messaging.domain.Conversation;
import com.weighttracker.messaging.domain.ConversationId;
import com.weighttracker.messaging.domain.ConversationKind;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

@Repository
class JooqConversationRepository implements ConversationRepository {

    private final DSLContext dsl;

    JooqConversationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Direct addDirect(Conversation candidate, UserId starter, UserId other) {
        var key = Conversation.pairKey(starter, other);
        var row = toRecord(candidate);
        row.setDirectKey(key);
        var inserted = dsl.insertInto(CONVERSATIONS).set(row).onConflict(CONVERSATIONS.DIRECT_KEY).doNothing()
                .execute();
        var conversation = dsl.selectFrom(CONVERSATIONS).where(CONVERSATIONS.DIRECT_KEY.eq(key))
                .fetchOptional(JooqConversationRepository::toConversation)
                .orElseThrow(() -> new IllegalStateException("the pair's conversation vanished"));
        if (inserted == 1) {
            addParticipant(conversation.getId(), starter, candidate.createdAt());
            addParticipant(conversation.getId(), other, candidate.createdAt());
        }
        return new Direct(conversation, inserted == 1);
    }

    @Override
    public void addGroup(Conversation group, Collection<UserId> participants) {
        dsl.insertInto(CONVERSATIONS).set(toRecord(group)).execute();
        for (var participant : participants) {
            addParticipant(group.getId(), participant, group.createdAt());
        }
    }

    @Override
    public Conversation addTeamChat(Conversation candidate) {
        var team = candidate.teamId().orElseThrow();
        dsl.insertInto(CONVERSATIONS).set(toRecord(candidate))
                .onConflict(CONVERSATIONS.TEAM_ID).doUpdate()
                .set(CONVERSATIONS.NAME, DSL.coalesce(CONVERSATIONS.NAME, DSL.excluded(CONVERSATIONS.NAME)))
                .execute();
        return findTeamChat(team).orElseThrow();
    }

    @Override
    public Optional<Conversation> findTeamChat(UUID teamId) {
        return dsl.selectFrom(CONVERSATIONS).where(CONVERSATIONS.TEAM_ID.eq(teamId))
                .fetchOptional(JooqConversationRepository::toConversation);
    }

    @Override
    public Optional<Conversation> find(ConversationId id) {
        return dsl.selectFrom(CONVERSATIONS).where(CONVERSATIONS.ID.eq(id.value()))
                .fetchOptional(JooqConversationRepository::toConversation);
    }

    @Override
    public Optional<Conversation> lock(ConversationId id) {
        return dsl.selectFrom(CONVERSATIONS).where(CONVERSATIONS.ID.eq(id.value())).forUpdate()
                .fetchOptional(JooqConversationRepository::toConversation);
    }

    @Override
    public void update(Conversation conversation) {
        dsl.update(CONVERSATIONS)
                .set(CONVERSATIONS.NAME, conversation.name().orElse(null))
                .set(CONVERSATIONS.AVATAR_KEY, conversation.avatarKey().orElse(null))
                .set(CONVERSATIONS.OWNER_ID, conversation.owner().map(UserId::value).orElse(null))
                .where(CONVERSATIONS.ID.eq(conversation.getId().value()))
                .execute();
    }

    @Override
    public void delete(ConversationId id) {
        dsl.deleteFrom(CONVERSATIONS).where(CONVERSATIONS.ID.eq(id.value())).execute();
    }

    @Override
    public boolean isParticipant(ConversationId id, UserId user) {
        return dsl.fetchExists(PARTICIPANTS, PARTICIPANTS.CONVERSATION_ID.eq(id.value())
                .and(PARTICIPANTS.USER_ID.eq(user.value())));
    }

    @Override
    public boolean shareAConversation(UserId a, UserId b) {
        var other = PARTICIPANTS.as("other");
        return dsl.fetchExists(DSL.selectOne().from(PARTICIPANTS)
                .join(other).on(other.CONVERSATION_ID.eq(PARTICIPANTS.CONVERSATION_ID))
                .where(PARTICIPANTS.USER_ID.eq(a.value()).and(other.USER_ID.eq(b.value()))));
    }

    @Override
    public boolean addParticipant(ConversationId id, UserId user, Instant now) {
        // a newcomer has read nothing yet, but what was there before them does not count as unread
        var lastSeq = DSL.field(DSL.select(CONVERSATIONS.LAST_SEQ).from(CONVERSATIONS)
                .where(CONVERSATIONS.ID.eq(id.value())));
        return dsl.insertInto(PARTICIPANTS, PARTICIPANTS.CONVERSATION_ID, PARTICIPANTS.USER_ID,
                PARTICIPANTS.JOINED_AT, PARTICIPANTS.DELIVERED_SEQ, PARTICIPANTS.READ_SEQ)
                .select(DSL.select(DSL.val(id.value()), DSL.val(user.value()), DSL.val(now), lastSeq, lastSeq))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public boolean removeParticipant(ConversationId id, UserId user) {
        return dsl.deleteFrom(PARTICIPANTS).where(PARTICIPANTS.CONVERSATION_ID.eq(id.value())
                .and(PARTICIPANTS.USER_ID.eq(user.value()))).execute() == 1;
    }

    @Override
    public List<Participant> participants(ConversationId id) {
        return dsl.selectFrom(PARTICIPANTS).where(PARTICIPANTS.CONVERSATION_ID.eq(id.value()))
                .orderBy(PARTICIPANTS.JOINED_AT, PARTICIPANTS.USER_ID)
                .fetch(row -> new Participant(new UserId(row.getUserId()), row.getJoinedAt(), row.getDeliveredSeq(),
                        row.getReadSeq()));
    }

    @Override
    public Map<ConversationId, List<Participant>> participantsOf(Collection<ConversationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var result = new LinkedHashMap<ConversationId, List<Participant>>();
        dsl.selectFrom(PARTICIPANTS)
                .where(PARTICIPANTS.CONVERSATION_ID.in(ids.stream().map(ConversationId::value).toList()))
                .orderBy(PARTICIPANTS.JOINED_AT, PARTICIPANTS.USER_ID)
                .forEach(row -> result.computeIfAbsent(new ConversationId(row.getConversationId()),
                        key -> new java.util.ArrayList<>()).add(new Participant(new UserId(row.getUserId()),
                                row.getJoinedAt(), row.getDeliveredSeq(), row.getReadSeq())));
        return result;
    }

    @Override
    public Page<ConversationSummary> ofUser(UserId user, PageRequest page) {
        var where = PARTICIPANTS.USER_ID.eq(user.value());
        var unread = unreadOf(user);
        var rows = dsl.select(CONVERSATIONS.fields()).select(unread)
                .from(PARTICIPANTS).join(CONVERSATIONS).on(CONVERSATIONS.ID.eq(PARTICIPANTS.CONVERSATION_ID))
                .where(where)
                .orderBy(DSL.coalesce(CONVERSATIONS.LAST_MESSAGE_AT, CONVERSATIONS.CREATED_AT).desc(),
                        CONVERSATIONS.ID.desc())
                .limit(page.limit()).offset(page.offset())
                .fetch(row -> toSummary(row, unread));
        var total = dsl.fetchCount(PARTICIPANTS, where);
        return new Page<>(rows, page, total);
    }

    @Override
    public Optional<ConversationSummary> summary(ConversationId id, UserId viewer) {
        var unread = unreadOf(viewer);
        return dsl.select(CONVERSATIONS.fields()).select(unread)
                .from(PARTICIPANTS).join(CONVERSATIONS).on(CONVERSATIONS.ID.eq(PARTICIPANTS.CONVERSATION_ID))
                .where(PARTICIPANTS.USER_ID.eq(viewer.value()).and(PARTICIPANTS.CONVERSATION_ID.eq(id.value())))
                .fetchOptional(row -> toSummary(row, unread));
    }

    /** The viewer's unread messages of the joined conversation: others' messages after their read marker. */
    private static Field<Integer> unreadOf(UserId viewer) {
        return DSL.field(DSL.selectCount().from(MESSAGES)
                .where(MESSAGES.CONVERSATION_ID.eq(PARTICIPANTS.CONVERSATION_ID)
                        .and(MESSAGES.SEQ.gt(PARTICIPANTS.READ_SEQ))
                        .and(MESSAGES.SENDER_ID.ne(viewer.value()))
                        .and(MESSAGES.DELETED_AT.isNull()))).as("unread");
    }

    private static ConversationSummary toSummary(Record row, Field<Integer> unread) {
        var conversation = row.into(CONVERSATIONS);
        return new ConversationSummary(toConversation(conversation), conversation.getLastMessageAt(),
                conversation.getLastSeq(), row.get(unread));
    }

    @Override
    public Optional<Participant> advanceReceipts(ConversationId id, UserId user, Long deliveredSeq, Long readSeq,
            Instant now) {
        var delivered = deliveredSeq == null ? PARTICIPANTS.DELIVERED_SEQ
                : DSL.greatest(PARTICIPANTS.DELIVERED_SEQ, DSL.val(deliveredSeq));
        var read = readSeq == null ? PARTICIPANTS.READ_SEQ : DSL.greatest(PARTICIPANTS.READ_SEQ, DSL.val(readSeq));
        var readAt = readSeq == null ? PARTICIPANTS.READ_AT
                : DSL.when(PARTICIPANTS.READ_SEQ.lt(readSeq), DSL.val(now, PARTICIPANTS.READ_AT)).otherwise(PARTICIPANTS.READ_AT);
        return dsl.update(PARTICIPANTS)
                .set(PARTICIPANTS.DELIVERED_SEQ, delivered)
                .set(PARTICIPANTS.READ_SEQ, read)
                .set(PARTICIPANTS.READ_AT, readAt)
                .where(PARTICIPANTS.CONVERSATION_ID.eq(id.value()).and(PARTICIPANTS.USER_ID.eq(user.value())))
                .returning()
                .fetchOptional()
                .map(row -> new Participant(user, row.getJoinedAt(), row.getDeliveredSeq(), row.getReadSeq()));
    }

    @Override
    public List<MessageRecipients.Away> awayFrom(Collection<ConversationId> ids, Instant activeSince) {
        // the last message of each conversation: its sender hears nothing, their name is in the notice
        var last = MESSAGES.as("last");
        return dsl.select(PARTICIPANTS.CONVERSATION_ID, PARTICIPANTS.USER_ID, PARTICIPANTS.READ_SEQ, last.SENDER_ID)
                .from(CONVERSATIONS)
                .join(PARTICIPANTS).on(PARTICIPANTS.CONVERSATION_ID.eq(CONVERSATIONS.ID))
                .leftJoin(last).on(last.CONVERSATION_ID.eq(CONVERSATIONS.ID).and(last.SEQ.eq(CONVERSATIONS.LAST_SEQ)))
                .where(CONVERSATIONS.ID.in(ids.stream().map(ConversationId::value).toList())
                        .and(PARTICIPANTS.READ_SEQ.lt(CONVERSATIONS.LAST_SEQ))
                        .and(PARTICIPANTS.USER_ID.isDistinctFrom(last.SENDER_ID))
                        .and(PARTICIPANTS.READ_AT.isNull().or(PARTICIPANTS.READ_AT.lt(activeSince))))
                .orderBy(PARTICIPANTS.CONVERSATION_ID, PARTICIPANTS.JOINED_AT, PARTICIPANTS.USER_ID)
                .fetch(row -> new MessageRecipients.Away(row.value1(), new UserId(row.value2()), row.value3(),
                        row.value4() == null ? null : new UserId(row.value4())));
    }

    @Override
    public void removeEverywhere(UserId user) {
        dsl.deleteFrom(PARTICIPANTS).where(PARTICIPANTS.USER_ID.eq(user.value())).execute();
    }

    @Override
    public long unreadTotal(UserId user, int cap) {
        var unread = DSL.select(DSL.one()).from(PARTICIPANTS)
                .join(MESSAGES).on(MESSAGES.CONVERSATION_ID.eq(PARTICIPANTS.CONVERSATION_ID)
                        .and(MESSAGES.SEQ.gt(PARTICIPANTS.READ_SEQ)))
                .where(PARTICIPANTS.USER_ID.eq(user.value())
                        .and(MESSAGES.SENDER_ID.ne(user.value()))
                        .and(MESSAGES.DELETED_AT.isNull()))
                .limit(cap);
        return dsl.fetchCount(unread);
    }

    private static ConversationsRecord toRecord(Conversation conversation) {
        var row = new ConversationsRecord();
        row.setId(conversation.getId().value());
        row.setKind(conversation.kind().name());
        row.setName(conversation.name().orElse(null));
        row.setAvatarKey(conversation.avatarKey().orElse(null));
        row.setOwnerId(conversation.owner().map(UserId::value).orElse(null));
        row.setTeamId(conversation.teamId().orElse(null));
        row.setLastSeq(0L);
        row.setCreatedAt(conversation.createdAt());
        return row;
    }

    static Conversation toConversation(ConversationsRecord row) {
        return Conversation.restore(new ConversationId(row.getId()), ConversationKind.valueOf(row.getKind()),
                row.getName(), row.getAvatarKey(), row.getOwnerId() == null ? null : new UserId(row.getOwnerId()),
                row.getTeamId(), row.getCreatedAt());
    }
}
