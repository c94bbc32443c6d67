package com.weighttracker.tracking.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import com.weighttracker.shared.UserId;
import com.weighttracker.tracking.domain.analysis.Measurements;

/**
 * Weigh-ins as numbers for the trend and statistics: only when, the mass and the body composition,
 * without building entries. Five years of daily weigh-ins must read in a few milliseconds.
 */
public interface MeasurementHistory {

    /** The user's weigh-ins recorded in [from, to), oldest first; null bounds are open. */
    Measurements of(UserId owner, Instant from, Instant to);

    /**
     * Each user's weigh-ins recorded in [from, to), oldest first, in one query; users without any are
     * absent. Callers bound the number of users.
     */
    Map<UserId, Measurements> ofAll(Collection<UserId> owners, Instant from, Instant to);

    /**
     * {@link #ofAll} for callers that need the masses only, such as the weekly recap: the body composition
     * may be left out ({@link Double#NaN}), less to read and convert per row.
     */
    default Map<UserId, Measurements> massesOfAll(Collection<UserId> owners, Instant from, Instant to) {
        return ofAll(owners, from, to);
    }
}
