package com.weighttracker.tracking.adapter.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.domain.analysis.Measurements;

/**
 * Weigh-ins as numbers: epoch milliseconds and doubles, read straight from JDBC into
 * {@link Measurements} without a record or a {@code BigDecimal} per row. A cold team
 * leaderboard reads some 40,000 rows and five years of daily weigh-ins feed the statistics; building
 * a jOOQ record per row took more than half of that time (docs/performance.md). Plain SQL, so
 * {@code GeneratedSchemaMatchesDatabaseTest}'s schema and the tests of this class guard the column
 * names. Reads through {@code weight_entries_user_recorded_idx}.
 */
@Repository
class JdbcMeasurementHistory implements MeasurementHistory {

    /**
     * The columns as stored: converting in SQL ({@code extract(epoch …)} is numeric arithmetic, and
     * numeric to float8 goes through text) made the database's part four times slower than reading
     * the index. The driver's {@code timestamptz} gives exact milliseconds, and a numeric's text
     * parses to the same double PostgreSQL's cast gives.
     */
    private static final String MEASUREMENTS = "recorded_at, weight_kg, body_fat_percentage, muscle_mass_kg,"
            + " water_percentage from tracking.weight_entries ";
    /** One user: the index in its order, backwards, without a sort. */
    /** The masses only: two columns to convert per row instead of five. */
    private static final String MASSES = "recorded_at, weight_kg from tracking.weight_entries ";
    private static final String ONE_USER = "where user_id = ?";
    private static final String ONE_USER_ORDER = " order by recorded_at, id";
    private static final String USERS = "where user_id = any(?)";
    private static final String USERS_ORDER = " order by user_id, recorded_at, id";

    private final DSLContext dsl;

    JdbcMeasurementHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Measurements of(UserId owner, Instant from, Instant to) {
        var measurements = ofAll(List.of(owner), from, to).get(owner);
        return measurements != null ? measurements : Measurements.builder(0).build();
    }

    @Override
    public Map<UserId, Measurements> ofAll(Collection<UserId> owners, Instant from, Instant to) {
        return read(owners, from, to, false);
    }

    @Override
    public Map<UserId, Measurements> massesOfAll(Collection<UserId> owners, Instant from, Instant to) {
        return read(owners, from, to, true);
    }

    private Map<UserId, Measurements> read(Collection<UserId> owners, Instant from, Instant to, boolean massesOnly) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        var ids = owners.stream().map(UserId::value).distinct().toArray(UUID[]::new);
        var one = ids.length == 1;
        var sql = (one ? "select " : "select user_id, ") + (massesOnly ? MASSES : MEASUREMENTS) + (one ? ONE_USER : USERS) + (from == null ? "" : " and recorded_at >= ?")
                + (to == null ? "" : " and recorded_at < ?") + (one ? ONE_USER_ORDER : USERS_ORDER);
        return dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                var index = 1;
                if (one) {
                    statement.setObject(index++, ids[0]);
                } else {
                    statement.setArray(index++, uuids(connection, ids));
                }
                if (from != null) {
                    statement.setObject(index++, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
                }
                if (to != null) {
                    statement.setObject(index, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
                }
                try (var rows = statement.executeQuery()) {
                    return one ? Map.of(new UserId(ids[0]), measurements(rows, massesOnly))
                            : byUser(rows, massesOnly);
                }
            }
        });
    }

    private static Array uuids(Connection connection, UUID[] ids) throws SQLException {
        return connection.createArrayOf("uuid", ids);
    }

    private static Measurements measurements(ResultSet rows, boolean massesOnly) throws SQLException {
        var builder = Measurements.builder(1024);
        while (rows.next()) {
            add(builder, rows, 1, massesOnly);
        }
        return builder.build();
    }

    /** Rows come ordered by user, then time: one builder per user, in turn. */
    private static Map<UserId, Measurements> byUser(ResultSet rows, boolean massesOnly) throws SQLException {
        var byUser = new HashMap<UserId, Measurements>();
        UUID current = null;
        Measurements.Builder builder = null;
        while (rows.next()) {
            var user = rows.getObject(1, UUID.class);
            if (!user.equals(current)) {
                if (builder != null) {
                    byUser.put(new UserId(current), builder.build());
                }
                current = user;
                builder = Measurements.builder(64);
            }
            add(builder, rows, 2, massesOnly);
        }
        if (builder != null) {
            byUser.put(new UserId(current), builder.build());
        }
        return byUser;
    }

    /** The measurement whose recorded_at is in column {@code first}, the masses after it. */
    private static void add(Measurements.Builder builder, ResultSet rows, int first, boolean massesOnly)
            throws SQLException {
        if (massesOnly) {
            builder.add(rows.getObject(first, OffsetDateTime.class).toInstant().toEpochMilli(), rows.getDouble(first + 1),
                    Double.NaN, Double.NaN, Double.NaN);
            return;
        }
        builder.add(rows.getObject(first, OffsetDateTime.class).toInstant().toEpochMilli(), rows.getDouble(first + 1),
                orNaN(rows, first + 2), orNaN(rows, first + 3), orNaN(rows, first + 4));
    }

    private static double orNaN(ResultSet rows, int column) throws SQLException {
        var value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }
}
