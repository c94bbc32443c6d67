package com.weighttracker.tracking.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

/** Small builders for tracking's domain tests. */
final class TrackingFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    static final UserId ANNA = new UserId(UUID.fromString("0190a5d0-0000-7000-8000-000000000001"));
    static final UserId BERT = new UserId(UUID.fromString("0190a5d0-0000-7000-8000-000000000002"));

    private TrackingFixtures() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Mass kg(String kilograms) {
        return Mass.of(dec(kilograms), MassUnit.KG);
    }

    static WeighIn weighIn(String kilograms, Instant at) {
        return WeighIn.of(dec(kilograms), MassUnit.KG, null, at, null, null, null, null);
    }

    static WeightEntryId newEntryId() {
        return new WeightEntryId(UUID.randomUUID());
    }
}
