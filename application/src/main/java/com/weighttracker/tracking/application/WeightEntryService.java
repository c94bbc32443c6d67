package com.weighttracker.tracking.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.Page;
import com.weighttracker.shared.PageRequest;
import com.weighttracker.shared.Unknown;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.tracking.application.port.in.EntryQuery;
import com.weighttracker.tracking.application.port.in.ForgetUserUseCase;
import com.weighttracker.tracking.application.port.in.ManageWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.RecordWeightUseCase;
import com.weighttracker.tracking.application.port.in.TimeBound;
import com.weighttracker.tracking.application.port.in.WeighInChanges;
import com.weighttracker.tracking.application.port.in.WeighInCommand;
import com.weighttracker.tracking.application.port.in.WeightEntryView;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.WeightEntryRepository;
import com.weighttracker.tracking.domain.WeighIn;
import com.weighttracker.tracking.domain.WeightEntry;
import com.weighttracker.tracking.domain.WeightEntryId;

public final class WeightEntryService implements RecordWeightUseCase, ManageWeightEntriesUseCase, ForgetUserUseCase {

    static final String MANUAL = "manual";

    private final WeightEntryRepository entries;
    private final GoalRepository goals;
    private final UserDirectory users;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public WeightEntryService(WeightEntryRepository entries, GoalRepository goals, UserDirectory users,
            Transactions transactions, IdGenerator ids, Clock clock) {
        this.entries = entries;
        this.goals = goals;
        this.users = users;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public WeightEntryView record(UserId owner, WeighInCommand command) {
        var now = clock.instant();
        var weighIn = WeighIn.of(command.weight(), command.unit(), command.pounds(),
                command.recordedAt() == null ? now : command.recordedAt(), command.notes(),
                command.bodyFatPercentage(), command.muscleMass(), command.waterPercentage());
        var entry = WeightEntry.record(new WeightEntryId(ids.next()), owner, weighIn, MANUAL, now);
        return transactions.inTransaction(() -> {
            entries.add(entry);
            return WeightEntryView.of(entry, null);
        });
    }

    @Override
    public WeightEntryView get(UserId owner, UUID entryId, MassUnit displayUnit) {
        return WeightEntryView.of(owned(owner, entryId), displayUnit);
    }

    @Override
    public Page<WeightEntryView> list(UserId owner, EntryQuery query, PageRequest page, MassUnit displayUnit) {
        // Only calendar-date bounds need the user's time zone: a plain page costs no identity lookup.
        var zone = isDate(query.from()) || isDate(query.to())
                ? users.find(owner).map(UserFacts::timeZone).orElse(ZoneOffset.UTC)
                : ZoneOffset.UTC;
        var from = query.from() == null ? null : query.from().resolve(zone);
        var to = query.to() == null ? null
                : query.to().date() != null ? query.to().date().plusDays(1).atStartOfDay(zone).toInstant()
                        : query.to().instant();
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInput.of("from", "from must be before to");
        }
        return entries.list(owner, from, to, query.ascending(), page)
                .map(entry -> WeightEntryView.of(entry, displayUnit));
    }

    @Override
    public WeightEntryView correct(UserId owner, UUID entryId, WeighInChanges changes) {
        return transactions.inTransaction(() -> {
            var entry = owned(owner, entryId);
            var corrected = merge(entry.weighIn(), changes);
            entry.correct(corrected, clock.instant());
            entries.update(entry);
            return WeightEntryView.of(entry, null);
        });
    }

    @Override
    public void delete(UserId owner, UUID entryId) {
        transactions.inTransaction(() -> {
            var entry = owned(owner, entryId);
            entry.delete();
            entries.delete(entry.getId());
        });
    }

    @Override
    public void forget(UserId userId) {
        transactions.inTransaction(() -> {
            entries.deleteAllOf(userId);
            goals.deleteOf(userId);
        });
    }

    private static boolean isDate(TimeBound bound) {
        return bound != null && bound.date() != null;
    }

    private WeightEntry owned(UserId owner, UUID entryId) {
        return entries.findOwned(new WeightEntryId(entryId), owner)
                .orElseThrow(() -> new Unknown("Weight entry not found"));
    }

    private static WeighIn merge(WeighIn current, WeighInChanges changes) {
        if (!changes.weight().isPresent() && (changes.unit().isPresent() || changes.pounds().isPresent())) {
            throw InvalidInput.of("weight", "weight is required when unit or pounds change");
        }
        var unit = changes.unit().applyTo(current.unit());
        if (unit == null) {
            unit = MassUnit.KG; // as for a new weigh-in without a unit
        }
        BigDecimal weight;
        BigDecimal pounds;
        if (changes.weight().isPresent()) {
            weight = changes.weight().value();
            pounds = changes.pounds().value();
        } else {
            var amount = WeightEntryView.Amount.of(current.mass(), unit);
            weight = amount.value();
            pounds = amount.pounds();
        }
        var merged = WeighIn.of(weight, unit, pounds, changes.recordedAt().applyTo(current.recordedAt()),
                changes.notes().applyTo(current.notes()),
                changes.bodyFatPercentage().applyTo(current.bodyFatPercentage()),
                changes.muscleMass().isPresent() ? changes.muscleMass().value() : null,
                changes.waterPercentage().applyTo(current.waterPercentage()));
        if (changes.muscleMass().isPresent()) {
            return merged;
        }
        // an untouched muscle mass keeps its exact stored value, whatever unit the entry is now in
        return new WeighIn(merged.mass(), merged.unit(), merged.recordedAt(), merged.notes(),
                merged.bodyFatPercentage(), current.muscleMass(), merged.waterPercentage());
    }
}
