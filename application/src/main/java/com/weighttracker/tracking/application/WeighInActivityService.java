package com.weighttracker.tracking.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.tracking.WeeklyWeighIns;
import com.weighttracker.tracking.WeighInActivityQuery;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;

/** Weigh-ins per local week for many users: one identity query for their zones, one for the weigh-ins. */
public final class WeighInActivityService implements WeighInActivityQuery {

    private final MeasurementHistory history;
    private final UserDirectory users;
    private final Clock clock;

    public WeighInActivityService(MeasurementHistory history, UserDirectory users, Clock clock) {
        this.history = history;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Map<UserId, WeeklyWeighIns> weighInsPerWeek(Collection<UserId> members, int weeks) {
        var violations = new Violations();
        if (members == null) {
            violations.add("users", "users are required");
        } else if (members.size() > MAX_USERS) {
            violations.add("users", "at most " + MAX_USERS + " users at a time");
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            violations.add("weeks", "weeks must be between 1 and " + MAX_WEEKS);
        }
        violations.throwIfAny();
        members.forEach(member -> Objects.requireNonNull(member, "users must not contain null"));
        var firstWeeks = new HashMap<UserId, LocalDate>();
        var zones = new HashMap<UserId, ZoneId>();
        users.findAll(new LinkedHashSet<>(members)).forEach((member, facts) -> {
            var zone = facts.timeZone() == null ? ZoneOffset.UTC : facts.timeZone();
            zones.put(member, zone);
            firstWeeks.put(member, LocalDate.ofInstant(clock.instant(), zone)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L));
        });
        if (zones.isEmpty()) {
            return Map.of();
        }
        // a day before the earliest Monday in UTC covers every zone
        var earliest = firstWeeks.values().stream().min(LocalDate::compareTo).orElseThrow();
        var readFrom = earliest.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var activity = new HashMap<UserId, WeeklyWeighIns>();
        history.massesOfAll(zones.keySet(), readFrom, null).forEach((member, measurements) -> {
            var zone = zones.get(member);
            var firstWeek = firstWeeks.get(member);
            var counts = new Integer[weeks];
            Arrays.fill(counts, 0);
            var any = false;
            for (var i = 0; i < measurements.size(); i++) {
                var day = LocalDate.ofInstant(measurements.instant(i), zone);
                var week = ChronoUnit.WEEKS.between(firstWeek, day);
                if (!day.isBefore(firstWeek) && week < weeks) {
                    counts[(int) week]++;
                    any = true;
                }
            }
            if (any) {
                activity.put(member, new WeeklyWeighIns(member, firstWeek, List.of(counts)));
            }
        });
        return activity;
    }

    @Override
    public Set<UserId> weighedInOn(Map<UserId, UserFacts> members, LocalDate day) {
        var violations = new Violations();
        if (members == null) {
            violations.add("users", "users are required");
        } else if (members.size() > MAX_USERS) {
            violations.add("users", "at most " + MAX_USERS + " users at a time");
        }
        if (day == null) {
            violations.add("day", "day is required");
        }
        violations.throwIfAny();
        if (members.isEmpty()) {
            return Set.of();
        }
        // UTC-12 to UTC+14: the local day lies within a day before and a day after it in UTC
        var readFrom = day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var readTo = day.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var weighedIn = new HashSet<UserId>();
        history.massesOfAll(members.keySet(), readFrom, readTo).forEach((member, measurements) -> {
            var zone = zoneOf(members.get(member));
            for (var i = 0; i < measurements.size(); i++) {
                if (LocalDate.ofInstant(measurements.instant(i), zone).equals(day)) {
                    weighedIn.add(member);
                    return;
                }
            }
        });
        return weighedIn;
    }

    private static ZoneId zoneOf(UserFacts facts) {
        return facts == null || facts.timeZone() == null ? ZoneOffset.UTC : facts.timeZone();
    }
}
