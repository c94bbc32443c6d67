package com.weighttracker.tracking.application.port.in;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.weighttracker.shared.InvalidInput;

/** How far back a chart reaches; every period ends today in the user's zone. */
public enum ChartPeriod {
    WEEK("7d"), MONTH("30d"), QUARTER("90d"), YEAR("1y"), ALL("all");

    public static final ChartPeriod DEFAULT = MONTH;

    private final String label;

    ChartPeriod(String label) {
        this.label = label;
    }

    /** The period written as clients write it (7d, 30d, 90d, 1y, all); the default when absent. */
    public static ChartPeriod of(String label) {
        if (label == null || label.isBlank()) {
            return DEFAULT;
        }
        var wanted = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(period -> period.label.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of("period", "period must be one of: "
                        + Arrays.stream(values()).map(ChartPeriod::label).collect(Collectors.joining(", "))));
    }

    public String label() {
        return label;
    }

    /** The first local day shown: 7 days are today and the 6 before; empty for all. */
    public Optional<LocalDate> firstDay(LocalDate today) {
        return switch (this) {
            case WEEK -> Optional.of(today.minusDays(6));
            case MONTH -> Optional.of(today.minusDays(29));
            case QUARTER -> Optional.of(today.minusDays(89));
            case YEAR -> Optional.of(today.minusYears(1).plusDays(1));
            case ALL -> Optional.empty();
        };
    }
}
