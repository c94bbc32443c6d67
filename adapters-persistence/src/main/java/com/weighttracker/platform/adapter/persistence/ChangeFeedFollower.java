package com.weighttracker.platform.adapter.persistence;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.weighttracker.shared.ChangeFeed;
import com.weighttracker.shared.application.ChangeFeedConsumer;
import com.weighttracker.shared.FeedPosition;
import com.weighttracker.shared.application.Transactions;

/**
 * Drives every {@link ChangeFeedConsumer} (ADR 16): each poll hands a consumer the changes after its
 * stored position, in batches, each batch in one transaction with the new position. The position
 * row is locked with {@code skip locked}, so with several instances each consumer runs on one at a
 * time; a failing batch rolls back and comes again on the next poll (at least once).
 */
@Component
class ChangeFeedFollower {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeedFollower.class);
    private static final Table<Record> POSITIONS = table(name("platform", "feed_positions"));
    private static final Field<String> CONSUMER = field(name("consumer"), String.class);
    private static final Field<Long> TRANSACTION = field(name("transaction_id"), Long.class);
    private static final Field<UUID> SUBJECT = field(name("subject"), UUID.class);
    private static final Field<OffsetDateTime> UPDATED_AT = field(name("updated_at"), OffsetDateTime.class);
    /** Batches per consumer and poll, so one busy consumer cannot hold the others back for long. */
    private static final int BATCHES_PER_POLL = 20;

    private final List<ChangeFeedConsumer> consumers;
    private final List<ChangeFeed> feeds;
    private final DSLContext dsl;
    private final Transactions transactions;
    private final Clock clock;
    private final int batchSize;

    ChangeFeedFollower(List<ChangeFeedConsumer> consumers, List<ChangeFeed> feeds, DSLContext dsl,
            Transactions transactions, Clock clock, @Value("${weighttracker.feeds.batch-size:500}") int batchSize) {
        this.consumers = consumers;
        this.feeds = feeds;
        this.dsl = dsl;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${weighttracker.feeds.poll-interval:1s}",
            initialDelayString = "${weighttracker.feeds.poll-interval:1s}")
    void poll() {
        for (var consumer : consumers) {
            try {
                catchUp(consumer);
            } catch (RuntimeException e) {
                log.warn("Change feed consumer {} failed; its batch comes again at the next poll", consumer.name(), e);
            }
        }
    }

    /** Runs batches until the consumer is up to date (or the poll's share is used); the changes handed over. */
    int catchUp(ChangeFeedConsumer consumer) {
        var feed = feedOf(consumer);
        var handed = 0;
        for (var batch = 0; batch < BATCHES_PER_POLL; batch++) {
            int size = transactions.inTransaction(() -> runBatch(consumer, feed));
            handed += size;
            if (size < batchSize) {
                break;
            }
        }
        return handed;
    }

    private int runBatch(ChangeFeedConsumer consumer, ChangeFeed feed) {
        var position = lockPosition(consumer, feed);
        if (position.isEmpty()) {
            return 0; // another instance is running this consumer
        }
        var changes = feed.after(position.get(), batchSize);
        if (changes.isEmpty()) {
            return 0;
        }
        consumer.consume(changes);
        var last = changes.get(changes.size() - 1).position();
        dsl.update(POSITIONS).set(TRANSACTION, last.transaction()).set(SUBJECT, last.subject())
                .set(UPDATED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .where(CONSUMER.eq(consumer.name())).execute();
        return changes.size();
    }

    private Optional<FeedPosition> lockPosition(ChangeFeedConsumer consumer, ChangeFeed feed) {
        var locked = selectForUpdate(consumer);
        if (locked.isPresent()) {
            return locked;
        }
        var start = consumer.catchesUpOnHistory() ? FeedPosition.BEGINNING : feed.now();
        dsl.insertInto(POSITIONS).set(CONSUMER, consumer.name()).set(TRANSACTION, start.transaction())
                .set(SUBJECT, start.subject())
                .set(UPDATED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .onConflictDoNothing().execute();
        return selectForUpdate(consumer);
    }

    private Optional<FeedPosition> selectForUpdate(ChangeFeedConsumer consumer) {
        return dsl.select(TRANSACTION, SUBJECT).from(POSITIONS).where(CONSUMER.eq(consumer.name()))
                .forUpdate().skipLocked()
                .fetchOptional(row -> new FeedPosition(row.value1(), row.value2()));
    }

    private ChangeFeed feedOf(ChangeFeedConsumer consumer) {
        return feeds.stream().filter(consumer.feed()::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + consumer.feed().getSimpleName()
                        + " for change feed consumer " + consumer.name()));
    }
}
