package com.weighttracker.tracking.application.port.in;

import java.util.UUID;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;

/** The owner's own weigh-ins; another user's entry id is simply not found. */
public interface ManageWeightEntriesUseCase {

    WeightEntryView get(UserId owner, UUID entryId, MassUnit displayUnit);

    Page<WeightEntryView> list(UserId owner, EntryQuery query, PageRequest page, MassUnit displayUnit);

    WeightEntryView correct(UserId owner, UUID entryId, WeighInChanges changes);

    void delete(UserId owner, UUID entryId);
}
