package com.weighttracker.tracking.application.port.in;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.shared.UserId;

/** The owner's statistics and chart (FR-2.3, FR-7.1), from their weigh-ins, goal and profile. */
public interface ViewProgressUseCase {

    /** @param displayUnit the unit to show masses in, or null for the user's preferred one */
    ProgressStatsView stats(UserId owner, MassUnit displayUnit);

    /** @param displayUnit the unit to show masses in, or null for the user's preferred one */
    ProgressChartView chart(UserId owner, ChartPeriod period, MassUnit displayUnit);
}
