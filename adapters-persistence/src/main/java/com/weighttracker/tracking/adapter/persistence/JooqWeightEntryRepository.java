package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.schema.Tables.ENTRY_TALLIES;
import static com.weighttracker.tracking.adapter.persistence.schema.Tables.WEIGHT_ENTRIES;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Repository;

import com.weighttracker.platform.adapter.persistence.ConstraintViolations;
import com.weighttracker.shared.InConflict;
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

    /** The writing transaction's id, noted on the user's tally for the change feed (ADR 16, {@link JdbcWeighInChanges}). */
    static final String THIS_TRANSACTION = "pg_current_xact_id()::text::bigint";
    private static final String CHANGED = "revision = tally.revision + 1, changed_in = " + THIS_TRANSACTION;
    private static final String ADD_COUNTED = "with added as (insert into tracking.weight_entries (id, user_id,"
            + " weight_kg, entered_unit, recorded_at, notes, body_fat_percentage, muscle_mass_kg, water_percentage,"
            + " source, created_at, updated_at, version) values (?, ?, ?, ?, cast(? as timestamptz), ?, ?, ?, ?, ?,"
            + " cast(? as timestamptz), cast(? as timestamptz), ?) returning user_id)"
            + " insert into tracking.entry_tallies as tally (user_id, entries, revision, changed_in)"
            + " select user_id, 1, 1, " + THIS_TRANSACTION + " from added"
            + " on conflict (user_id) do update set entries = tally.entries + 1, " + CHANGED;
    private static final String COUNT_ADDED = "insert into tracking.entry_tallies as tally (user_id, entries, revision,"
            + " changed_in) values (?, ?, 1, " + THIS_TRANSACTION + ")"
            + " on conflict (user_id) do update set entries = tally.entries + excluded.entries, " + CHANGED;
    private static final String DELETE_COUNTED = "with deleted as (delete from tracking.weight_entries where id = ?"
            + " returning user_id) update tracking.entry_tallies tally set entries = tally.entries - 1, " + CHANGED
            + " from deleted where tally.user_id = deleted.user_id";
    private static final String MARK_CHANGED = "update tracking.entry_tallies tally set " + CHANGED
            + " where tally.user_id = ?";

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final DSLContext dsl;

    JooqWeightEntryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One plain statement, the row and its tally: every POST runs it, and rendering jOOQ's insert
     * cost more than executing it (docs/performance.md). Bound over plain JDBC, as {@link #list}:
     * jOOQ's parsing of the plain SQL template was 8 % of a POST's CPU (issue 11). A failure is
     * translated as jOOQ's listener translates it (a constraint's to {@link DataIntegrityViolationException}).
     */
    @Override
    public void add(WeightEntry entry) {
        var weighIn = entry.weighIn();
        var createdAt = OffsetDateTime.ofInstant(entry.createdAt(), ZoneOffset.UTC);
        var muscle = weighIn.muscleMass() == null ? null : weighIn.muscleMass().kilograms();
        try {
            dsl.connection(connection -> {
                try (var statement = connection.prepareStatement(ADD_COUNTED)) {
                    statement.setObject(1, entry.getId().value());
                    statement.setObject(2, entry.userId().value());
                    statement.setBigDecimal(3, weighIn.mass().kilograms());
                    statement.setString(4, weighIn.unit().name());
                    statement.setObject(5, OffsetDateTime.ofInstant(weighIn.recordedAt(), ZoneOffset.UTC));
                    statement.setString(6, weighIn.notes());
                    statement.setBigDecimal(7, weighIn.bodyFatPercentage());
                    statement.setBigDecimal(8, muscle);
                    statement.setBigDecimal(9, weighIn.waterPercentage());
                    statement.setString(10, entry.source());
                    statement.setObject(11, createdAt);
                    statement.setObject(12, createdAt);
                    statement.setLong(13, entry.version());
                    statement.executeUpdate();
                } catch (SQLException e) {
                    throw Objects.requireNonNullElseGet(TRANSLATOR.translate("add weigh-in", ADD_COUNTED, e),
                            () -> new UncategorizedSQLException("add weigh-in", ADD_COUNTED, e));
                }
            });
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.uniqueConstraintOf(e).isPresent()) {
                throw new InConflict("recordedAt", "This weigh-in exists already (same weight at the same time).");
            }
            throw e;
        }
    }

    @Override
    public int addAllNew(List<WeightEntry> entries) {
        var added = new HashMap<UUID, Integer>();
        for (var chunk : chunks(entries, 500)) {
            var insert = dsl.insertInto(WEIGHT_ENTRIES).set(toRecord(chunk.get(0)));
            for (var entry : chunk.subList(1, chunk.size())) {
                insert = insert.newRecord().set(toRecord(entry));
            }
            for (var owner : insert.onConflictDoNothing().returning(WEIGHT_ENTRIES.USER_ID).fetch(WEIGHT_ENTRIES.USER_ID)) {
                added.merge(owner, 1, Integer::sum);
            }
        }
        added.forEach((owner, count) -> count(new UserId(owner), count));
        return added.values().stream().mapToInt(Integer::intValue).sum();
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
                throw new InConflict(null, "The weigh-in was changed at the same time. Please try again.");
            }
            dsl.execute(MARK_CHANGED, entry.userId().value());
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.uniqueConstraintOf(e).isPresent()) {
                throw new InConflict("recordedAt", "Another weigh-in has the same weight at the same time.");
            }
            throw e;
        }
    }

    @Override
    public void delete(WeightEntryId id) {
        dsl.execute(DELETE_COUNTED, id.value());
    }

    /**
     * Plain JDBC, one round trip: the page and, as a column, the total (see {@link ListStatement});
     * only a page past the end asks again. The list is the busiest read, and jOOQ's rendering and
     * records cost more CPU than the query itself (docs/performance.md).
     */
    @Override
    public Page<WeightEntry> list(UserId owner, Instant from, Instant to, boolean ascending, PageRequest page) {
        var list = ListStatement.of(owner, from, to, ascending, page);
        return dsl.connectionResult(connection -> {
            var items = new ArrayList<WeightEntry>(page.limit());
            var total = -1;
            try (var statement = list.prepare(connection); var rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(entryOf(rows));
                    total = rows.getInt(ListStatement.TOTAL_COLUMN);
                }
            }
            if (total < 0) {
                total = page.page() == 1 ? 0 : dsl.fetchCount(WEIGHT_ENTRIES, ofUser(owner, from, to));
            }
            return new Page<>(items, page, total);
        });
    }

    /**
     * A page of a user's weigh-ins with the total as a last column: the user's tally
     * ({@code tracking.entry_tallies}) for an unfiltered list, a count of the range otherwise. Plain
     * SQL, so this class's tests and {@code GeneratedSchemaMatchesDatabaseTest} guard the names.
     */
    record ListStatement(String sql, List<Object> binds) {

        /** In the order {@link #entryOf} reads them; the total follows. */
        private static final String COLUMNS = "id, weight_kg, entered_unit, recorded_at, notes, body_fat_percentage,"
                + " water_percentage, muscle_mass_kg, user_id, source, created_at, version";
        static final int TOTAL_COLUMN = 13;
        private static final String TALLY = "coalesce((select entries from tracking.entry_tallies where user_id = ?), 0)";

        static ListStatement of(UserId owner, Instant from, Instant to, boolean ascending, PageRequest page) {
            var range = new StringBuilder();
            var rangeBinds = new ArrayList<Object>(2);
            if (from != null) {
                range.append(" and recorded_at >= ?");
                rangeBinds.add(OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            }
            if (to != null) {
                range.append(" and recorded_at < ?");
                rangeBinds.add(OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            }
            var binds = new ArrayList<Object>(8);
            binds.add(owner.value());
            if (!rangeBinds.isEmpty()) {
                binds.addAll(rangeBinds);
            }
            binds.add(owner.value());
            binds.addAll(rangeBinds);
            binds.add(page.limit());
            binds.add(page.offset());
            var total = rangeBinds.isEmpty() ? TALLY
                    : "(select count(*) from tracking.weight_entries where user_id = ?" + range + ")";
            var sql = "select " + COLUMNS + ", " + total + " from tracking.weight_entries where user_id = ?" + range
                    + (ascending ? " order by recorded_at, id" : " order by recorded_at desc, id desc")
                    + " limit ? offset ?";
            return new ListStatement(sql, binds);
        }

        PreparedStatement prepare(Connection connection) throws SQLException {
            return prepare(connection, sql);
        }

        /** {@code text} (this statement, or a variant of it such as its EXPLAIN) with this statement's values bound. */
        PreparedStatement prepare(Connection connection, String text) throws SQLException {
            var statement = connection.prepareStatement(text);
            try {
                for (var i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }

    private static WeightEntry entryOf(ResultSet row) throws SQLException {
        var muscle = row.getBigDecimal(8);
        var weighIn = new WeighIn(new Mass(row.getBigDecimal(2)), MassUnit.valueOf(row.getString(3)),
                row.getObject(4, OffsetDateTime.class).toInstant(), row.getString(5), row.getBigDecimal(6),
                muscle == null ? null : new Mass(muscle), row.getBigDecimal(7));
        return WeightEntry.restore(new WeightEntryId(row.getObject(1, UUID.class)), new UserId(row.getObject(9, UUID.class)),
                weighIn, row.getString(10), row.getObject(11, OffsetDateTime.class).toInstant(), row.getInt(12));
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
        dsl.deleteFrom(ENTRY_TALLIES).where(ENTRY_TALLIES.USER_ID.eq(owner.value())).execute();
    }

    /** Inside the transaction that added them (ADR 15): the user's tally goes up by {@code added}. */
    private void count(UserId owner, int added) {
        dsl.execute(COUNT_ADDED, owner.value(), added);
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
