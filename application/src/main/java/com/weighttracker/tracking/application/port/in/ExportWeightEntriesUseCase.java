package com.weighttracker.tracking.application.port.in;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

/** Data export (NFR-4.4, FR-2.2): every weigh-in of the owner with every field, oldest first. */
public interface ExportWeightEntriesUseCase {

    /**
     * @param unit the unit to show weights in, or null for the user's preferred unit
     * @return the export; its entries are read from storage in chunks while they are iterated, so
     *         an export of any size needs little memory
     */
    WeightEntryExport export(UserId owner, MassUnit unit);
}
