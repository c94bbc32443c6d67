package com.weighttracker.tracking.application;

import com.weighttracker.tracking.application.port.in.ProgressStatsView;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.BmiView;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.BodyComposition;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.Changes;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.Composition;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.ConsistencyView;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.GoalProgress;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.Projection;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.Rate;
import com.weighttracker.tracking.application.port.in.ProgressStatsView.Week;
import com.weighttracker.tracking.domain.Goal;
import com.weighttracker.tracking.domain.analysis.CompositionChange;
import com.weighttracker.tracking.domain.analysis.ProgressStatistics;
import com.weighttracker.tracking.domain.analysis.WeekChange;

/** Statistics in kilograms to the view in the display unit. */
final class ProgressViews {

    private static final int PERCENT_DECIMALS = 1;
    private static final int COMPOSITION_DECIMALS = 2;

    private ProgressViews() {
    }

    static ProgressStatsView stats(ProgressStatistics stats, Goal goal, DisplayUnit display) {
        var changes = stats.changes();
        var rate = stats.weeklyRate() == null ? null
                : new Rate(display.mass(stats.weeklyRate().kilogramsPerWeek()),
                        display.mass(stats.weeklyRate().standardError()), stats.weeklyRate().daysWithData());
        var goalProgress = stats.goal() == null ? null
                : new GoalProgress(display.mass(stats.goal().targetKg()), goal.targetDate().orElse(null),
                        display.mass(stats.goal().startKg()),
                        DisplayUnit.decimal(stats.goal().progressPercent(), PERCENT_DECIMALS));
        var bmi = stats.bmi() == null ? null : new BmiView(stats.bmi().value(), stats.bmi().category());
        var consistency = stats.consistency();
        var composition = stats.bodyComposition();
        return new ProgressStatsView(display.unit(), stats.entries(), stats.firstRecordedAt(),
                stats.latestRecordedAt(), display.mass(stats.startKg()), display.mass(stats.currentKg()),
                display.mass(stats.minKg()), display.mass(stats.maxKg()), display.mass(stats.totalChangeKg()),
                display.mass(stats.trendKg()),
                new Changes(display.mass(changes.dayKg()), display.mass(changes.weekKg()),
                        display.mass(changes.monthKg())),
                rate, goalProgress, Projection.of(stats.projection()), bmi, week(stats.bestWeek(), display),
                week(stats.worstWeek(), display), display.mass(stats.averageWeeklyLossKg()),
                new ConsistencyView(consistency.daysWithWeighIn(), consistency.days(),
                        DisplayUnit.decimal(consistency.percent(), PERCENT_DECIMALS)),
                new BodyComposition(percentage(composition.bodyFatPercentage()), muscle(composition.muscleKg(), display),
                        percentage(composition.waterPercentage())));
    }

    private static Week week(WeekChange week, DisplayUnit display) {
        return week == null ? null : new Week(week.weekStart(), display.mass(week.kilograms()));
    }

    private static Composition percentage(CompositionChange change) {
        return change == null ? null
                : new Composition(DisplayUnit.decimal(change.first(), COMPOSITION_DECIMALS),
                        DisplayUnit.decimal(change.latest(), COMPOSITION_DECIMALS),
                        DisplayUnit.decimal(change.change(), COMPOSITION_DECIMALS));
    }

    private static Composition muscle(CompositionChange change, DisplayUnit display) {
        return change == null ? null
                : new Composition(display.muscle(change.first()), display.muscle(change.latest()),
                        display.muscle(change.change()));
    }
}
