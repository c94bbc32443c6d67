package com.weighttracker.tracking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.application.port.in.ExportWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.ExportedWeightEntry;
import com.weighttracker.tracking.application.port.in.WeightEntryExport;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeightEntry;

public final class ExportWeightEntriesService implements ExportWeightEntriesUseCase {

    static final int DEFAULT_CHUNK_SIZE = 500;

    private final WeightEntryRepository entries;
    private final UserDirectory users;
    private final Clock clock;
    private final int chunkSize;

    public ExportWeightEntriesService(WeightEntryRepository entries, UserDirectory users, Clock clock) {
        this(entries, users, clock, DEFAULT_CHUNK_SIZE);
    }

    ExportWeightEntriesService(WeightEntryRepository entries, UserDirectory users, Clock clock, int chunkSize) {
        this.entries = entries;
        this.users = users;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    @Override
    public WeightEntryExport export(UserId owner, MassUnit unit) {
        var facts = users.find(owner);
        ZoneId zone = facts.map(f -> f.timeZone()).orElse(ZoneOffset.UTC);
        var displayUnit = unit != null ? unit : facts.map(f -> f.preferredUnit()).orElse(MassUnit.KG);
        return new WeightEntryExport(LocalDate.ofInstant(clock.instant(), zone), zone, displayUnit,
                () -> new Chunks(owner, displayUnit, zone));
    }

    /** Walks the owner's entries a chunk at a time, each chunk one keyset query. */
    private final class Chunks implements Iterator<ExportedWeightEntry> {

        private final UserId owner;
        private final MassUnit unit;
        private final ZoneId zone;
        private List<WeightEntry> chunk = List.of();
        private int next;
        private WeightEntry last;
        private boolean exhausted;

        Chunks(UserId owner, MassUnit unit, ZoneId zone) {
            this.owner = owner;
            this.unit = unit;
            this.zone = zone;
        }

        @Override
        public boolean hasNext() {
            if (next < chunk.size()) {
                return true;
            }
            if (exhausted) {
                return false;
            }
            chunk = last == null ? entries.historyAfter(owner, null, null, chunkSize)
                    : entries.historyAfter(owner, last.weighIn().recordedAt(), last.getId(), chunkSize);
            next = 0;
            exhausted = chunk.size() < chunkSize;
            return !chunk.isEmpty();
        }

        @Override
        public ExportedWeightEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = chunk.get(next++);
            return ExportedWeightEntry.of(last, unit, zone);
        }
    }
}
