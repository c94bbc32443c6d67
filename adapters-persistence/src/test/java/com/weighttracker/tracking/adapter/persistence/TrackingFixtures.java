package com.weighttracker.tracking.adapter.persistence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

/** Small builders for the tracking repository tests. */
final class TrackingFixtures {

    static final Instant T0 = Instant.parse("2026-11-01T07:00:00Z");

    private TrackingFixtures() {
    }

    static UserId newUserId() {
        return new UserId(UUID.randomUUID());
    }

    static WeightEntryId newEntryId() {
        return new WeightEntryId(UUID.randomUUID());
    }

    static Instant hours(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A manual weigh-in in kilograms, created when it was taken. */
    static WeightEntry entry(UserId owner, String kilograms, Instant recordedAt) {
        return entry(newEntryId(), owner, kilograms, recordedAt);
    }

    static WeightEntry entry(WeightEntryId id, UserId owner, String kilograms, Instant recordedAt) {
        var weighIn = WeighIn.of(dec(kilograms), MassUnit.KG, null, recordedAt, null, null, null, null);
        return WeightEntry.restore(id, owner, weighIn, "manual", recordedAt, 0);
    }
}
