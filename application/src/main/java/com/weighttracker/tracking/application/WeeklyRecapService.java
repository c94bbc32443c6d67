package com.weighttracker.tracking.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.tracking.WeeklyRecap;
import com.weighttracker.tracking.WeeklyRecapQuery;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.domain.analysis.Measurements;
import com.weighttracker.tracking.domain.analysis.PeriodProgress;

/**
 * The weekly summary's recap: one read of the masses for a batch of users, from the four weeks' warm-up
 * ({@value ProgressService#WARM_UP_DAYS} days, as {@link ProgressService} reads) to the recap's day, and
 * both periods measured from it. The week's trend starts where {@code ProgressService} would start it
 * for that period, so the figures are the same as two {@code progressOfKnown} calls give; no streak is
 * followed back, and nothing after the day is read.
 */
public final class WeeklyRecapService implements WeeklyRecapQuery {

    private final MeasurementHistory history;

    public WeeklyRecapService(MeasurementHistory history) {
        this.history = history;
    }

    @Override
    public Map<UserId, WeeklyRecap> recapOf(Map<UserId, UserFacts> users, LocalDate day) {
        var violations = new Violations();
        if (users == null) {
            violations.add("users", "users are required");
        } else if (users.size() > MAX_USERS) {
            violations.add("users", "at most " + MAX_USERS + " users at a time");
        }
        if (day == null) {
            violations.add("day", "day is required");
        }
        violations.throwIfAny();
        if (users.isEmpty()) {
            return Map.of();
        }
        var weekFrom = day.minusDays(7);
        var monthFrom = day.minusDays(28);
        var lastDay = day.minusDays(1);
        // a day before each period's warm-up in UTC covers every zone (UTC−12 to UTC+14), as ProgressService reads
        var monthReadFrom = monthFrom.minusDays(ProgressService.WARM_UP_DAYS + 1L).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        var weekReadFrom = weekFrom.minusDays(ProgressService.WARM_UP_DAYS + 1L).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        // the recap's day ends at the latest at 24:00 UTC on it (UTC−12)
        var readTo = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var recaps = new HashMap<UserId, WeeklyRecap>();
        history.massesOfAll(users.keySet(), monthReadFrom, readTo).forEach((user, masses) -> {
            var zone = zoneOf(users.get(user));
            PeriodProgress.of(masses, zone, monthFrom, lastDay, lastDay).ifPresent(month -> {
                var week = PeriodProgress.of(masses.since(weekReadFrom), zone, weekFrom, lastDay, lastDay);
                recaps.put(user, new WeeklyRecap(user, week.map(w -> Mass.kilograms(w.lostKg())).orElse(null),
                        Mass.kilograms(month.lostKg()), weighInsBetween(masses, zone, weekFrom, lastDay)));
            });
        });
        return recaps;
    }

    /** Weigh-ins on the local days {@code first} to {@code last}, each counted on its local date. */
    private static int weighInsBetween(Measurements masses, ZoneId zone, LocalDate first, LocalDate last) {
        var count = 0;
        for (var i = masses.firstAtOrAfter(first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
                i < masses.size(); i++) {
            var date = LocalDate.ofInstant(masses.instant(i), zone);
            if (!date.isBefore(first) && !date.isAfter(last)) {
                count++;
            }
        }
        return count;
    }

    private static ZoneId zoneOf(UserFacts facts) {
        return facts == null || facts.timeZone() == null ? ZoneOffset.UTC : facts.timeZone();
    }
}
