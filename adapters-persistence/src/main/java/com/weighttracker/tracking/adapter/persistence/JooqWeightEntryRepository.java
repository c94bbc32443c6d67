package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.schema.Tables.WEIGHT_ENTRIES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Repository;

import com.weighttracker.platform.adapter.persistence.ConstraintViolations;
import com.weighttracker.shared.ConflictException;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.adapter.persistence.schema.tables.records.WeightEntriesRecord;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

@Repository
class JooqWeightEntryRepository implements WeightEntryRepository {

    private static final Field<Integer> LIST_TOTAL = DSL.field(DSL.name("total"), SQLDataType.INTEGER);
    private static final Field<?>[] LIST_FIELDS = Stream.concat(Stream.of(WEIGHT_ENTRIES.fields()), Stream.of(LIST_TOTAL))
            .toArray(Field<?>[]::new);

    private final DSLContext dsl;
    private final Map<ListShape, String> listStatements = new ConcurrentHashMap<>();

    JooqWeightEntryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(WeightEntry entry) {
        try {
            dsl.insertInto(WEIGHT_ENTRIES).set(toRecord(entry)).execute();
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.uniqueConstraintOf(e).isPresent()) {
                throw new ConflictException("recordedAt", "This weigh-in exists already (same weight at the same time).");
            }
            throw e;
        }
    }

    @Override
    public int addAllNew(List<WeightEntry> entries) {
        var added = 0;
        for (var chunk : chunks(entries, 500)) {
            var insert = dsl.insertInto(WEIGHT_ENTRIES).set(toRecord(chunk.get(0)));
            for (var entry : chunk.subList(1, chunk.size())) {
                insert = insert.newRecord().set(toRecord(entry));
            }
            added += insert.onConflictDoNothing().execute();
        }
        return added;
    }

    @Override
    public Optional<WeightEntry> findOwned(WeightEntryId id, UserId owner) {
        return dsl.selectFrom(WEIGHT_ENTRIES)
                .where(WEIGHT_ENTRIES.ID.eq(id.value()).and(WEIGHT_ENTRIES.USER_ID.eq(owner.value())))
                .fetchOptional(JooqWeightEntryRepository::toEntry);
    }

    @Override
    public void update(WeightEntry entry) {
        var row = toRecord(entry);
        row.changed(WEIGHT_ENTRIES.ID, false);
        row.changed(WEIGHT_ENTRIES.USER_ID, false);
        row.changed(WEIGHT_ENTRIES.CREATED_AT, false);
        row.changed(WEIGHT_ENTRIES.UPDATED_AT, false);
        row.setVersion(entry.version() + 1);
        try {
            var updated = dsl.update(WEIGHT_ENTRIES).set(row).set(WEIGHT_ENTRIES.UPDATED_AT, DSL.currentInstant())
                    .where(WEIGHT_ENTRIES.ID.eq(entry.getId().value()))
                    .and(WEIGHT_ENTRIES.VERSION.eq(entry.version()))
                    .execute();
            if (updated == 0) {
                throw new ConflictException(null, "The weigh-in was changed at the same time. Please try again.");
            }
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.uniqueConstraintOf(e).isPresent()) {
                throw new ConflictException("recordedAt", "Another weigh-in has the same weight at the same time.");
            }
            throw e;
        }
    }

    @Override
    public void delete(WeightEntryId id) {
        dsl.deleteFrom(WEIGHT_ENTRIES).where(WEIGHT_ENTRIES.ID.eq(id.value())).execute();
    }

    @Override
    public Page<WeightEntry> list(UserId owner, Instant from, Instant to, boolean ascending, PageRequest page) {
        var shape = new ListShape(from != null, to != null, ascending);
        var sql = listStatements.computeIfAbsent(shape, JooqWeightEntryRepository::renderList);
        var rows = dsl.resultQuery(sql, shape.binds(owner.value(), from, to, page.limit(), page.offset()).toArray())
                .coerce(LIST_FIELDS).fetch();
        var items = rows.map(row -> toEntry(row.into(WEIGHT_ENTRIES)));
        var count = !rows.isEmpty() ? rows.get(0).get(LIST_TOTAL)
                : page.page() == 1 ? 0 : dsl.fetchCount(WEIGHT_ENTRIES, ofUser(owner, from, to));
        return new Page<>(items, page, count);
    }

    /**
     * One round trip: the page, and the total as a scalar subquery the database runs once (an
     * index-only count); only a page past the end needs a second query for the total. Rendering this
     * statement cost more CPU than running it (docs/performance.md), so it is rendered once per
     * shape and then only bound.
     */
    private static String renderList(ListShape shape) {
        var user = UUID.fromString("00000000-0000-0000-0000-000000000001");
        var from = shape.from() ? Instant.EPOCH : null;
        var to = shape.to() ? Instant.EPOCH.plusSeconds(1) : null;
        var where = ofUser(new UserId(user), from, to);
        var order = shape.ascending()
                ? List.of(WEIGHT_ENTRIES.RECORDED_AT.asc(), WEIGHT_ENTRIES.ID.asc())
                : List.of(WEIGHT_ENTRIES.RECORDED_AT.desc(), WEIGHT_ENTRIES.ID.desc());
        var total = DSL.field(DSL.selectCount().from(WEIGHT_ENTRIES).where(where)).as(LIST_TOTAL.getName());
        var query = DSL.using(SQLDialect.POSTGRES).select(WEIGHT_ENTRIES.fields()).select(total).from(WEIGHT_ENTRIES)
                .where(where).orderBy(order).limit(3).offset(7);
        // compared as text: jOOQ may hold limit and offset as another Number type
        if (!query.getBindValues().toString().equals(shape.binds(user, from, to, 3, 7).toString())) {
            throw new IllegalStateException("the list statement binds " + query.getBindValues() + ", not as expected");
        }
        return query.getSQL();
    }

    /** Which list statement a request needs, and the order of its bind values. */
    private record ListShape(boolean from, boolean to, boolean ascending) {

        List<Object> binds(UUID user, Instant fromValue, Instant toValue, int limit, long offset) {
            var binds = new ArrayList<Object>(8);
            for (var subqueryThenPage = 0; subqueryThenPage < 2; subqueryThenPage++) {
                binds.add(user);
                if (from) {
                    binds.add(fromValue);
                }
                if (to) {
                    binds.add(toValue);
                }
            }
            // PostgreSQL: "offset ? rows fetch next ? rows only"
            binds.add(offset);
            binds.add(limit);
            return binds;
        }
    }

    @Override
    public List<WeightEntry> history(UserId owner, Instant from, Instant to) {
        return dsl.selectFrom(WEIGHT_ENTRIES).where(ofUser(owner, from, to))
                .orderBy(WEIGHT_ENTRIES.RECORDED_AT.asc(), WEIGHT_ENTRIES.ID.asc())
                .fetch(JooqWeightEntryRepository::toEntry);
    }

    @Override
    public List<WeightEntry> historyAfter(UserId owner, Instant recordedAt, WeightEntryId id, int limit) {
        var where = WEIGHT_ENTRIES.USER_ID.eq(owner.value());
        if (recordedAt != null) {
            where = where.and(DSL.row(WEIGHT_ENTRIES.RECORDED_AT, WEIGHT_ENTRIES.ID).gt(recordedAt, id.value()));
        }
        return dsl.selectFrom(WEIGHT_ENTRIES).where(where)
                .orderBy(WEIGHT_ENTRIES.RECORDED_AT.asc(), WEIGHT_ENTRIES.ID.asc())
                .limit(limit)
                .fetch(JooqWeightEntryRepository::toEntry);
    }

    @Override
    public Optional<WeightEntry> latest(UserId owner) {
        return dsl.selectFrom(WEIGHT_ENTRIES).where(WEIGHT_ENTRIES.USER_ID.eq(owner.value()))
                .orderBy(WEIGHT_ENTRIES.RECORDED_AT.desc(), WEIGHT_ENTRIES.ID.desc()).limit(1)
                .fetchOptional(JooqWeightEntryRepository::toEntry);
    }

    @Override
    public void deleteAllOf(UserId owner) {
        dsl.deleteFrom(WEIGHT_ENTRIES).where(WEIGHT_ENTRIES.USER_ID.eq(owner.value())).execute();
    }

    private static Condition ofUser(UserId owner, Instant from, Instant to) {
        var condition = WEIGHT_ENTRIES.USER_ID.eq(owner.value());
        if (from != null) {
            condition = condition.and(WEIGHT_ENTRIES.RECORDED_AT.ge(from));
        }
        if (to != null) {
            condition = condition.and(WEIGHT_ENTRIES.RECORDED_AT.lt(to));
        }
        return condition;
    }

    private WeightEntriesRecord toRecord(WeightEntry entry) {
        var weighIn = entry.weighIn();
        var row = dsl.newRecord(WEIGHT_ENTRIES);
        row.setId(entry.getId().value());
        row.setUserId(entry.userId().value());
        row.setWeightKg(weighIn.mass().kilograms());
        row.setEnteredUnit(weighIn.unit().name());
        row.setRecordedAt(weighIn.recordedAt());
        row.setNotes(weighIn.notes());
        row.setBodyFatPercentage(weighIn.bodyFatPercentage());
        row.setMuscleMassKg(weighIn.muscleMass() == null ? null : weighIn.muscleMass().kilograms());
        row.setWaterPercentage(weighIn.waterPercentage());
        row.setSource(entry.source());
        row.setCreatedAt(entry.createdAt());
        row.setUpdatedAt(entry.createdAt());
        row.setVersion(entry.version());
        row.changed(true);
        return row;
    }

    static WeightEntry toEntry(WeightEntriesRecord row) {
        var weighIn = new WeighIn(new Mass(row.getWeightKg()), MassUnit.valueOf(row.getEnteredUnit()),
                row.getRecordedAt(), row.getNotes(), row.getBodyFatPercentage(),
                row.getMuscleMassKg() == null ? null : new Mass(row.getMuscleMassKg()), row.getWaterPercentage());
        return WeightEntry.restore(new WeightEntryId(row.getId()), new UserId(row.getUserId()), weighIn,
                row.getSource(), row.getCreatedAt(), row.getVersion());
    }

    private static <T> List<List<T>> chunks(List<T> items, int size) {
        var chunks = new ArrayList<List<T>>();
        for (var i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }
}
