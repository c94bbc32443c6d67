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
 * Weigh-ins as numbers: epoch milliseconds and doubles computed by the database, read straight
 * from JDBC into {@link Measurements} without a record or a {@code BigDecimal} per row. A cold team
 * leaderboard reads some 40,000 rows and five years of daily weigh-ins feed the statistics; building
 * a jOOQ record per row took more than half of that time (docs/performance.md). Plain SQL, so
 * {@code GeneratedSchemaMatchesDatabaseTest}'s schema and the tests of this class guard the column
 * names. Reads through {@code weight_entries_user_recorded_idx}.
 */
@Repository
class JdbcMeasurementHistory implements MeasurementHistory {

    private static final String SELECT = """
            select user_id, floor(extract(epoch from recorded_at) * 1000)::bigint, weight_kg::float8,
                   body_fat_percentage::float8, muscle_mass_kg::float8, water_percentage::float8
            from tracking.weight_entries
            """;
    /** One user: the index in its order, backwards, without a sort. */
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
        if (owners.isEmpty()) {
            return Map.of();
        }
        var ids = owners.stream().map(UserId::value).distinct().toArray(UUID[]::new);
        var one = ids.length == 1;
        var sql = SELECT + (one ? ONE_USER : USERS) + (from == null ? "" : " and recorded_at >= ?")
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
                    return byUser(rows, one ? 1024 : 64);
                }
            }
        });
    }

    private static Array uuids(Connection connection, UUID[] ids) throws SQLException {
        return connection.createArrayOf("uuid", ids);
    }

    /** Rows come ordered by user, then time: one builder per user, in turn. */
    private static Map<UserId, Measurements> byUser(ResultSet rows, int expectedPerUser) throws SQLException {
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
                builder = Measurements.builder(expectedPerUser);
            }
            builder.add(rows.getLong(2), rows.getDouble(3), orNaN(rows, 4), orNaN(rows, 5), orNaN(rows, 6));
        }
        if (builder != null) {
            byUser.put(new UserId(current), builder.build());
        }
        return byUser;
    }

    private static double orNaN(ResultSet rows, int column) throws SQLException {
        var value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }
}
