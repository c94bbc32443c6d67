package com.weighttracker.tracking.application.port.in;

import java.time.LocalDate;
import java.time.ZoneId;

import com.weighttracker.shared.MassUnit;

/**
 * An export of the owner's weigh-ins: made on {@code exportedOn} (the user's local date), weights
 * in {@code unit}, local dates in {@code timeZone}. Each iteration of {@code entries} reads them
 * afresh, oldest first.
 */
public record WeightEntryExport(LocalDate exportedOn, ZoneId timeZone, MassUnit unit,
        Iterable<ExportedWeightEntry> entries) {
}
