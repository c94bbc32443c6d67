package com.weighttracker.tracking.adapter.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;

import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

/**
 * Garmin Connect weight export ("Weight" report, CSV): header
 * {@code Time,Weight,Change,BMI,Body Fat,Skeletal Muscle Mass,Bone Mass,Body Water}, then for
 * each day a line holding only the date ({@code " Jan 2, 2024"}) followed by one line per weigh-in
 * whose Time is the local time of day ({@code 07:30} or {@code 7:30 AM}). Values carry their unit:
 * {@code 82.4 kg} or {@code 181.7 lbs}, {@code 20.1 %}; {@code --} means none. Change and BMI are
 * Garmin's computations and are not imported.
 */
final class GarminCsv extends CsvFileFormat {

    static final String FORMAT = "garmin";
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM d, yyyy").toFormatter(Locale.ENGLISH);
    private static final List<DateTimeFormatter> TIMES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("h:mm[:ss] a").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ofPattern("H:mm[:ss]"));

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var header = headerOf(firstOf(firstLines), delimiter());
        return header.index("time") == 0 && header.has("weight") && !header.has("date");
    }

    @Override
    LineReader newReader() {
        return new LineReader() {
            private Header header;
            private LocalDate day;

            @Override
            public ImportedRow read(CsvLines.Line line) {
                if (header == null) {
                    header = Header.of(line.cells());
                    return null;
                }
                var first = line.first();
                var date = dateOrNull(first);
                if (date != null) {
                    day = date;
                    return null;
                }
                if (day == null) {
                    throw new RowException("a weigh-in before the first date line");
                }
                return row(line, header, day.atTime(time(first)));
            }
        };
    }

    private static ImportedRow row(CsvLines.Line line, Header header, LocalDateTime at) {
        var weight = Values.measure("Weight", line.cell(header.index("weight")));
        if (weight == null) {
            throw new RowException("Weight is missing");
        }
        var unit = Values.massUnit(weight.unit());
        if (unit == null) {
            throw new RowException("Weight '" + line.cell(header.index("weight")) + "' needs a unit: kg or lbs");
        }
        return ImportedWeighIn.at(line.number(), at, weight.value(), unit)
                .withBodyFatPercentage(Values.percent("Body Fat", line.cell(header.index("body fat"))))
                .withMuscleMass(Values.mass("Skeletal Muscle Mass",
                        line.cell(header.index("skeletal muscle mass", "muscle mass")), unit))
                .withWaterPercentage(Values.percent("Body Water", line.cell(header.index("body water"))));
    }

    private static LocalDate dateOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeException notGarminsDate) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeException notIso) {
                return null;
            }
        }
    }

    private static LocalTime time(String text) {
        if (text != null) {
            for (var format : TIMES) {
                try {
                    return LocalTime.parse(text.strip(), format);
                } catch (DateTimeException e) {
                    // try the next one
                }
            }
        }
        throw new RowException("Time '" + text + "' is neither a date nor a time of day");
    }
}
