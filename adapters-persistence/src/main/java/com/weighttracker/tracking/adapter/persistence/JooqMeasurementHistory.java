package com.weighttracker.tracking.adapter.persistence;

import static com.weighttracker.tracking.adapter.persistence.schema.Tables.WEIGHT_ENTRIES;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.domain.analysis.Measurements;

/**
 * Weigh-ins as numbers: five columns, masses cast to {@code double precision} in the database so
 * no {@link BigDecimal} is built per row. Reads through {@code weight_entries_user_recorded_idx}.
 */
@Repository
class JooqMeasurementHistory implements MeasurementHistory {

    private static final Field<Double> KILOGRAMS = WEIGHT_ENTRIES.WEIGHT_KG.cast(SQLDataType.DOUBLE);
    private static final Field<Double> BODY_FAT = WEIGHT_ENTRIES.BODY_FAT_PERCENTAGE.cast(SQLDataType.DOUBLE);
    private static final Field<Double> MUSCLE = WEIGHT_ENTRIES.MUSCLE_MASS_KG.cast(SQLDataType.DOUBLE);
    private static final Field<Double> WATER = WEIGHT_ENTRIES.WATER_PERCENTAGE.cast(SQLDataType.DOUBLE);

    private final DSLContext dsl;

    JooqMeasurementHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Measurements of(UserId owner, Instant from, Instant to) {
        var rows = dsl.select(WEIGHT_ENTRIES.RECORDED_AT, KILOGRAMS, BODY_FAT, MUSCLE, WATER)
                .from(WEIGHT_ENTRIES).where(ofTime(WEIGHT_ENTRIES.USER_ID.eq(owner.value()), from, to))
                .orderBy(WEIGHT_ENTRIES.RECORDED_AT.asc(), WEIGHT_ENTRIES.ID.asc())
                .fetch();
        var builder = Measurements.builder(rows.size());
        for (var row : rows) {
            builder.add(row.value1(), row.value2(), orNaN(row.value3()), orNaN(row.value4()), orNaN(row.value5()));
        }
        return builder.build();
    }

    @Override
    public Map<UserId, Measurements> ofAll(Collection<UserId> owners, Instant from, Instant to) {
        if (owners.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = owners.stream().map(UserId::value).distinct().toList();
        var rows = dsl.select(WEIGHT_ENTRIES.USER_ID, WEIGHT_ENTRIES.RECORDED_AT, KILOGRAMS, BODY_FAT, MUSCLE, WATER)
                .from(WEIGHT_ENTRIES).where(ofTime(WEIGHT_ENTRIES.USER_ID.in(ids), from, to))
                .orderBy(WEIGHT_ENTRIES.USER_ID, WEIGHT_ENTRIES.RECORDED_AT.asc(), WEIGHT_ENTRIES.ID.asc())
                .fetch();
        var byUser = new HashMap<UserId, Measurements>();
        UUID current = null;
        Measurements.Builder builder = null;
        for (var row : rows) {
            if (!row.value1().equals(current)) {
                if (builder != null) {
                    byUser.put(new UserId(current), builder.build());
                }
                current = row.value1();
                builder = Measurements.builder(64);
            }
            builder.add(row.value2(), row.value3(), orNaN(row.value4()), orNaN(row.value5()), orNaN(row.value6()));
        }
        if (builder != null) {
            byUser.put(new UserId(current), builder.build());
        }
        return byUser;
    }

    private static Condition ofTime(Condition owners, Instant from, Instant to) {
        var condition = owners;
        if (from != null) {
            condition = condition.and(WEIGHT_ENTRIES.RECORDED_AT.ge(from));
        }
        if (to != null) {
            condition = condition.and(WEIGHT_ENTRIES.RECORDED_AT.lt(to));
        }
        return condition;
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
