package com.weighttracker.tracking.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

public interface WeightEntryRepository {

    /** Adds an entry; an identical one (same user, instant and mass) is a {@code InConflict}. */
    void add(WeightEntry entry);

    /** Adds the entries that are not there yet (same user, instant and mass); returns how many were added. */
    int addAllNew(List<WeightEntry> entries);

    /** The entry if it belongs to {@code owner}; another user's entry is not found. */
    Optional<WeightEntry> findOwned(WeightEntryId id, UserId owner);

    /** Stores changes; a concurrent change since the entry was read is a {@code InConflict}. */
    void update(WeightEntry entry);

    void delete(WeightEntryId id);

    /** A page of the user's entries recorded in [from, to) (null bounds are open), by time. */
    Page<WeightEntry> list(UserId owner, Instant from, Instant to, boolean ascending, PageRequest page);

    /** Every entry of the user recorded in [from, to), oldest first; null bounds are open. */
    List<WeightEntry> history(UserId owner, Instant from, Instant to);

    /**
     * Up to {@code limit} of the user's entries that come after ({@code recordedAt}, {@code id}) in
     * time order, oldest first; both null for the first ones. Keyset paging for exports: every call
     * is one short indexed query, and no connection stays open while a client downloads.
     */
    List<WeightEntry> historyAfter(UserId owner, Instant recordedAt, WeightEntryId id, int limit);

    Optional<WeightEntry> latest(UserId owner);

    /** Removes everything tracking keeps about the user. */
    void deleteAllOf(UserId owner);
}
