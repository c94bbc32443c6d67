package com.weighttracker.tracking.domain.analysis;

import java.time.LocalDate;
import java.util.Objects;

/** How much the trend moved in one calendar week (Monday to Sunday, local dates); negative is losing. */
public record WeekChange(LocalDate weekStart, double kilograms) {

    public WeekChange {
        Objects.requireNonNull(weekStart, "weekStart");
    }
}
