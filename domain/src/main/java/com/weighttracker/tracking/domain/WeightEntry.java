package com.weighttracker.tracking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.weighttracker.shared.EventRecordingAggregate;
import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.WeightEntryCorrected;
import com.weighttracker.tracking.WeightEntryDeleted;
import com.weighttracker.tracking.WeightRecorded;

/**
 * One weigh-in of one user. Several a day are fine; one from the future (beyond a day's slack) is
 * not (nor, as {@link WeighIn} says, one from before 1900).
 */
public final class WeightEntry extends EventRecordingAggregate<WeightEntry, WeightEntryId> {

    /** Clocks and time zones disagree; more than this ahead of now is a mistake. */
    public static final Duration FUTURE_SLACK = Duration.ofHours(24);
    /** The source of an imported entry is this prefix and the file format, e.g. "import:libra". */
    public static final String IMPORT_PREFIX = "import:";

    private final WeightEntryId id;
    private final UserId userId;
    private WeighIn weighIn;
    private final String source;
    private final Instant createdAt;
    private final long version;

    private WeightEntry(WeightEntryId id, UserId userId, WeighIn weighIn, String source, Instant createdAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.weighIn = Objects.requireNonNull(weighIn);
        this.source = Objects.requireNonNull(source);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    /**
     * @param source where it came from: "manual", or "import:&lt;format&gt;"
     */
    public static WeightEntry record(WeightEntryId id, UserId userId, WeighIn weighIn, String source, Instant now) {
        requireNotInFuture(weighIn, now);
        var entry = new WeightEntry(id, userId, weighIn, source, now, 0);
        entry.register(new WeightRecorded(id.value(), userId, weighIn.mass(), weighIn.recordedAt()));
        return entry;
    }

    /**
     * An entry read from a file: the same rules as {@link #record}, but no event of its own. The
     * import publishes one {@code WeightEntriesImported} for all of its entries (ADR 12).
     *
     * @param format the file format it came from; the source becomes "import:&lt;format&gt;"
     */
    public static WeightEntry imported(WeightEntryId id, UserId userId, WeighIn weighIn, String format, Instant now) {
        requireNotInFuture(weighIn, now);
        return new WeightEntry(id, userId, weighIn, IMPORT_PREFIX + Objects.requireNonNull(format), now, 0);
    }

    public static WeightEntry restore(WeightEntryId id, UserId userId, WeighIn weighIn, String source,
            Instant createdAt, long version) {
        return new WeightEntry(id, userId, weighIn, source, createdAt, version);
    }

    public void correct(WeighIn corrected, Instant now) {
        requireNotInFuture(corrected, now);
        weighIn = corrected;
        register(new WeightEntryCorrected(id.value(), userId, corrected.mass(), corrected.recordedAt()));
    }

    /** Marks the entry as removed; the repository deletes it. */
    public void delete() {
        register(new WeightEntryDeleted(id.value(), userId, weighIn.recordedAt()));
    }

    public boolean belongsTo(UserId user) {
        return userId.equals(user);
    }

    private static void requireNotInFuture(WeighIn weighIn, Instant now) {
        if (weighIn.recordedAt().isAfter(now.plus(FUTURE_SLACK))) {
            throw InvalidInput.of("recordedAt", "recordedAt may be at most 24 hours in the future");
        }
    }

    @Override
    public WeightEntryId getId() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public WeighIn weighIn() {
        return weighIn;
    }

    public String source() {
        return source;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
