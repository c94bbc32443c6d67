package com.weighttracker.tracking.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.weighttracker.identity.UserDirectory;
import com.weighttracker.identity.UserFacts;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.Violations;
import com.weighttracker.tracking.MemberProgress;
import com.weighttracker.tracking.ProgressQuery;
import com.weighttracker.tracking.application.port.in.ChartPeriod;
import com.weighttracker.tracking.application.port.in.ProgressChartView;
import com.weighttracker.tracking.application.port.in.ProgressChartView.BmiPoint;
import com.weighttracker.tracking.application.port.in.ProgressChartView.GoalLine;
import com.weighttracker.tracking.application.port.in.ProgressChartView.ProjectionLine;
import com.weighttracker.tracking.application.port.in.ProgressChartView.TrendPoint;
import com.weighttracker.tracking.application.port.in.ProgressChartView.WeightPoint;
import com.weighttracker.tracking.application.port.in.ProgressStatsView;
import com.weighttracker.tracking.application.port.in.ViewProgressUseCase;
import com.weighttracker.tracking.application.port.out.GoalRepository;
import com.weighttracker.tracking.application.port.out.MeasurementHistory;
import com.weighttracker.tracking.domain.analysis.DailySeries;
import com.weighttracker.tracking.domain.analysis.Downsampling;
import com.weighttracker.tracking.domain.analysis.GoalProjection;
import com.weighttracker.tracking.domain.analysis.Measurements;
import com.weighttracker.tracking.domain.analysis.PeriodProgress;
import com.weighttracker.tracking.domain.analysis.WeightAnalysis;

/**
 * Statistics, charts and the published progress query. Reads only: one query for the weigh-ins
 * (numbers, not entries), one for the goal, and identity's published query for zone, height and unit.
 */
public final class ProgressService implements ViewProgressUseCase, ProgressQuery {

    /** The most points a chart series carries. */
    public static final int MAX_POINTS_PER_SERIES = 400;
    /**
     * Days of weigh-ins read before a progress period so the trend on its first day remembers them:
     * after 90 days the trend's start value weighs 0.9^90 ≈ 0.008 %.
     */
    static final int WARM_UP_DAYS = 90;
    /** How much further back each round of a streak that reaches the read window's start looks. */
    static final int STREAK_LOOK_BACK_DAYS = 366;

    private final MeasurementHistory history;
    private final GoalRepository goals;
    private final UserDirectory users;
    private final Clock clock;

    public ProgressService(MeasurementHistory history, GoalRepository goals, UserDirectory users, Clock clock) {
        this.history = history;
        this.goals = goals;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public ProgressStatsView stats(UserId owner, MassUnit displayUnit) {
        var user = User.of(users, owner, clock);
        var display = DisplayUnit.of(displayUnit == null ? user.preferredUnit : displayUnit);
        var goal = goals.findByUser(owner).orElse(null);
        var analysis = WeightAnalysis.of(history.of(owner, null, null), user.zone, user.today, goal);
        return ProgressViews.stats(analysis.statistics(user.heightCm), goal, display);
    }

    @Override
    public ProgressChartView chart(UserId owner, ChartPeriod period, MassUnit displayUnit) {
        Objects.requireNonNull(period, "period");
        var user = User.of(users, owner, clock);
        var display = DisplayUnit.of(displayUnit == null ? user.preferredUnit : displayUnit);
        var goal = goals.findByUser(owner).orElse(null);
        // the whole history: the trend at the period's start depends on every weigh-in before it
        var analysis = WeightAnalysis.of(history.of(owner, null, null), user.zone, user.today, goal);
        var firstDay = period.firstDay(user.today);
        var measurements = analysis.measurements();
        var trend = analysis.trend();

        var firstWeighIn = firstDay.map(day -> measurements.firstAtOrAfter(day.atStartOfDay(user.zone).toInstant()))
                .orElse(0);
        var weights = new ArrayList<WeightPoint>();
        for (var i : Downsampling.minMax(measurements::kilograms, firstWeighIn, measurements.size(),
                MAX_POINTS_PER_SERIES)) {
            weights.add(new WeightPoint(measurements.instant(i), display.value(measurements.kilograms(i))));
        }

        var firstTrend = firstDay.map(day -> trend.lastOnOrBefore(day.toEpochDay() - 1) + 1).orElse(0);
        var trendPoints = new ArrayList<TrendPoint>();
        var bmi = new ArrayList<BmiPoint>();
        var squareMetres = user.heightCm == null ? Double.NaN : Math.pow(user.heightCm.doubleValue() / 100, 2);
        for (var i : Downsampling.minMax(trend::value, firstTrend, trend.size(), MAX_POINTS_PER_SERIES)) {
            trendPoints.add(new TrendPoint(trend.date(i), display.value(trend.value(i))));
            if (user.heightCm != null) {
                bmi.add(new BmiPoint(trend.date(i), Math.round(trend.value(i) / squareMetres * 10) / 10.0));
            }
        }

        var goalLine = goal == null ? null
                : new GoalLine(display.value(goal.target().asKilograms()), goal.targetDate().orElse(null));
        var projection = analysis.projection();
        var projectionPoints = projection.status() == GoalProjection.Status.ON_TRACK
                ? List.of(new TrendPoint(user.today, display.value(trend.latest().getAsDouble())),
                        new TrendPoint(projection.expected(), display.value(goal.target().asKilograms())))
                : List.<TrendPoint>of();
        var from = firstDay.orElse(trend.isEmpty() ? null : trend.date(0));
        // a weigh-in dated ahead of today (allowed up to 24 h) counts at once, so the chart runs to its day
        var lastDay = trend.isEmpty() ? user.today : trend.date(trend.size() - 1);
        var to = lastDay.isAfter(user.today) ? lastDay : user.today;
        return new ProgressChartView(display.unit(), period.label(), from, to, MAX_POINTS_PER_SERIES,
                weights, trendPoints, goalLine, new ProjectionLine(projection.status(), projectionPoints,
                        projection.earliest(), projection.latest()),
                bmi);
    }

    @Override
    public Map<UserId, MemberProgress> progressOf(Collection<UserId> members, LocalDate from, LocalDate to) {
        validate(members == null ? null : members.size(), from, to);
        members.forEach(member -> Objects.requireNonNull(member, "users must not contain null"));
        return measure(users.findAll(new LinkedHashSet<>(members)), from, to);
    }

    @Override
    public Map<UserId, MemberProgress> progressOfKnown(Map<UserId, UserFacts> members, LocalDate from, LocalDate to) {
        validate(members == null ? null : members.size(), from, to);
        return measure(members, from, to);
    }

    private static void validate(Integer users, LocalDate from, LocalDate to) {
        var violations = new Violations();
        if (users == null) {
            violations.add("users", "users are required");
        } else if (users > MAX_USERS) {
            violations.add("users", "at most " + MAX_USERS + " users at a time");
        }
        if (from == null) {
            violations.add("from", "from is required");
        }
        if (to == null) {
            violations.add("to", "to is required");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                violations.add("to", "to must not be before from");
            } else if (ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
                violations.add("to", "a period spans at most " + MAX_PERIOD_DAYS + " days");
            }
        }
        violations.throwIfAny();
    }

    private Map<UserId, MemberProgress> measure(Map<UserId, UserFacts> facts, LocalDate from, LocalDate to) {
        var known = new HashMap<UserId, User>();
        facts.forEach((member, fact) -> known.put(member, User.of(fact, clock)));
        if (known.isEmpty()) {
            return Map.of();
        }
        // a day before the period in UTC covers every zone (UTC−12 to UTC+14); no upper bound: streaks end today
        var readFrom = from.minusDays(WARM_UP_DAYS + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
        var measurements = new HashMap<>(history.ofAll(known.keySet(), readFrom, null));
        extendStreaksBeyond(readFrom, measurements, known);

        var progress = new HashMap<UserId, MemberProgress>();
        measurements.forEach((member, weighIns) -> {
            var user = known.get(member);
            PeriodProgress.of(weighIns, user.zone, from, to, user.today)
                    .ifPresent(period -> progress.put(member, memberProgress(member, period)));
        });
        return progress;
    }

    /**
     * A streak that reaches back to the start of what was read may go on before it: reads further
     * back, for those users only and all of them in one query per round, until every streak ends.
     */
    private void extendStreaksBeyond(Instant readFrom, Map<UserId, Measurements> measurements,
            Map<UserId, User> known) {
        var lowerBound = readFrom;
        var open = streaksReaching(lowerBound, measurements, known, measurements.keySet());
        while (!open.isEmpty()) {
            var earlier = lowerBound.minus(STREAK_LOOK_BACK_DAYS, ChronoUnit.DAYS);
            var older = history.ofAll(open, earlier, lowerBound);
            open.removeIf(member -> !older.containsKey(member));
            for (var member : open) {
                measurements.put(member, Measurements.concat(older.get(member), measurements.get(member)));
            }
            lowerBound = earlier;
            open = streaksReaching(lowerBound, measurements, known, open);
        }
    }

    private static List<UserId> streaksReaching(Instant lowerBound, Map<UserId, Measurements> measurements,
            Map<UserId, User> known, Collection<UserId> candidates) {
        var reaching = new ArrayList<UserId>();
        for (var member : candidates) {
            var user = known.get(member);
            var streak = DailySeries.of(measurements.get(member), user.zone).streak(user.today);
            if (streak.days() > 0 && streak.firstDay().minusDays(1).atStartOfDay(user.zone).toInstant()
                    .isBefore(lowerBound)) {
                reaching.add(member);
            }
        }
        return reaching;
    }

    private static MemberProgress memberProgress(UserId member, PeriodProgress period) {
        return new MemberProgress(member, Mass.kilograms(period.startKg()), Mass.kilograms(period.currentKg()),
                Mass.kilograms(period.trendKg()), Mass.kilograms(period.lostKg()),
                DisplayUnit.decimal(period.percentLost(), 2), period.streakDays());
    }

    /** What the analysis needs to know about a user; defaults when identity does not know them. */
    private record User(ZoneId zone, LocalDate today, BigDecimal heightCm, MassUnit preferredUnit) {

        static User of(UserDirectory users, UserId userId, Clock clock) {
            return users.find(userId).map(facts -> of(facts, clock))
                    .orElseGet(() -> new User(ZoneOffset.UTC, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                            null, MassUnit.KG));
        }

        static User of(UserFacts facts, Clock clock) {
            var zone = facts.timeZone() == null ? ZoneOffset.UTC : facts.timeZone();
            return new User(zone, LocalDate.ofInstant(clock.instant(), zone), facts.heightCm(),
                    facts.preferredUnit() == null ? MassUnit.KG : facts.preferredUnit());
        }
    }
}
