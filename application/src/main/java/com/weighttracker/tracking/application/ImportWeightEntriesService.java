package com.weighttracker.tracking.application;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.weighttracker.shared.Rejection;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.DomainEvents;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.WeightEntriesImported;
import com.weighttracker.tracking.application.port.in.ImportReport;
import com.weighttracker.tracking.application.port.in.ImportWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.UnreadableRow;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

/**
 * Validates every row like a manual weigh-in, outside any transaction, then adds the valid ones in
 * one transaction with "insert unless the same weigh-in exists" (the unique key user, instant,
 * mass), so a second import of the same file adds nothing. One {@link WeightEntriesImported}
 * event stands for the whole import (ADR 12).
 *
 * <p>Files state values with any number of decimals (floats: Apple writes 82.39999999999999);
 * each value is rounded half-up to the two decimals a weigh-in may have, in its own unit
 * (82.39999999999999 kg becomes 82.4 kg). Fractional stones become whole stones and pounds.
 */
public final class ImportWeightEntriesService implements ImportWeightEntriesUseCase {

    private static final int DECIMALS = Mass.ENTRY_DECIMALS;

    private final WeightEntryRepository entries;
    private final UserDirectory users;
    private final Transactions transactions;
    private final DomainEvents events;
    private final IdGenerator ids;
    private final Clock clock;

    public ImportWeightEntriesService(WeightEntryRepository entries, UserDirectory users, Transactions transactions,
            DomainEvents events, IdGenerator ids, Clock clock) {
        this.entries = entries;
        this.users = users;
        this.transactions = transactions;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ImportReport importEntries(UserId owner, String format, Stream<ImportedRow> rows) {
        var zone = users.find(owner).map(UserFacts::timeZone).orElse(ZoneOffset.UTC);
        var now = clock.instant();
        var accepted = new ArrayList<WeightEntry>();
        var rejected = new ArrayList<ImportReport.Rejection>();
        var rejectedCount = 0;
        var count = 0;
        try (rows) {
            for (var iterator = rows.iterator(); iterator.hasNext();) {
                var row = iterator.next();
                if (++count > MAX_ROWS) {
                    throw InvalidInput.of("file", "A file may hold at most " + MAX_ROWS
                            + " weigh-ins. Please split it and import the parts one after the other.");
                }
                var problem = row instanceof UnreadableRow unreadable ? unreadable.reason()
                        : accept(owner, format, (ImportedWeighIn) row, zone, now, accepted);
                if (problem != null) {
                    rejectedCount++;
                    if (rejected.size() < ImportReport.MAX_LISTED_REJECTIONS) {
                        rejected.add(new ImportReport.Rejection(row.line(), problem));
                    }
                }
            }
        }
        if (accepted.isEmpty()) {
            return new ImportReport(format, 0, 0, rejected, rejectedCount);
        }
        accepted.sort(Comparator.comparing((WeightEntry entry) -> entry.weighIn().recordedAt()));
        var imported = transactions.inTransaction(() -> store(owner, format, accepted, now));
        return new ImportReport(format, imported, accepted.size() - imported, rejected, rejectedCount);
    }

    /**
     * Inside the transaction: adds what is new and tells the other contexts. The goal sees the whole
     * import at once, through the weigh-in change feed (the goal watcher, ADR 9), not each weigh-in.
     */
    private int store(UserId owner, String format, List<WeightEntry> accepted, Instant now) {
        var added = entries.addAllNew(accepted);
        if (added == 0) {
            return 0;
        }
        events.publish(new WeightEntriesImported(owner, WeightEntry.IMPORT_PREFIX + format, added,
                accepted.get(0).weighIn().recordedAt(), accepted.get(accepted.size() - 1).weighIn().recordedAt(),
                now));
        return added;
    }

    /** Adds the row's entry to {@code accepted}, or says why it cannot be one. */
    private String accept(UserId owner, String format, ImportedWeighIn row, ZoneId zone, Instant now,
            List<WeightEntry> accepted) {
        try {
            var weighIn = weighInOf(row, zone);
            accepted.add(WeightEntry.imported(new WeightEntryId(ids.next()), owner, weighIn, format, now));
            return null;
        } catch (InvalidInput invalid) {
            return invalid.fields().stream().map(Rejection.FieldError::message)
                    .collect(Collectors.joining("; "));
        }
    }

    private static WeighIn weighInOf(ImportedWeighIn row, ZoneId zone) {
        var recordedAt = row.recordedAt() != null ? row.recordedAt() : row.localDateTime().atZone(zone).toInstant();
        var weight = rounded(row.weight());
        var pounds = rounded(row.pounds());
        if (row.unit() == MassUnit.ST && weight != null && weight.signum() > 0) {
            var split = Mass.ofStonesAndPounds(row.weight(), row.pounds() == null ? BigDecimal.ZERO : row.pounds())
                    .stonesAndPounds(DECIMALS);
            weight = split.stones();
            pounds = plain(split.pounds());
        }
        var muscleUnit = row.unit() == MassUnit.ST ? MassUnit.LB : row.unit();
        var muscle = row.muscleMass() == null ? null
                : rounded(row.muscleMass().kilograms().divide(muscleUnit.kilograms(), MathContext.DECIMAL128));
        return WeighIn.of(weight, row.unit(), pounds, recordedAt, row.notes(), rounded(row.bodyFatPercentage()),
                muscle, rounded(row.waterPercentage()));
    }

    static BigDecimal rounded(BigDecimal value) {
        return value == null ? null : plain(value.setScale(DECIMALS, RoundingMode.HALF_UP));
    }

    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
