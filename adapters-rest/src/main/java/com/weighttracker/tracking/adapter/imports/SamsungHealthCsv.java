package com.weighttracker.tracking.adapter.imports;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

/**
 * Samsung Health's weight file ({@code com.samsung.health.weight.<timestamp>.csv} in its data
 * download): a first line naming the data type and versions ({@code com.samsung.health.weight,
 * 6305010,2}), then a header with, among others, {@code start_time}, {@code weight},
 * {@code body_fat}, {@code skeletal_muscle_mass}, {@code total_body_water}, {@code comment}
 * (some versions prefix names with {@code com.samsung.health.weight.}); lines end with a comma.
 * start_time is UTC ({@code 2024-01-02 06:30:00.000}; {@code time_offset} only says how it was
 * shown). Weight and masses are kilograms; total body water is a mass and becomes a percentage of
 * the weight; body fat is a percentage. Our muscle mass is total muscle (ADR 12), Samsung's
 * {@code muscle_mass}; its {@code skeletal_muscle_mass} is a part of it, which no fixed factor turns
 * into the whole, so it is not imported.
 */
final class SamsungHealthCsv extends CsvFileFormat {

    static final String FORMAT = "samsung-health";
    private static final String PREFIX = "com.samsung.health.weight.";
    private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var first = Header.normalized(firstOf(firstLines));
        return first.startsWith("com.samsung.health.weight,") || first.startsWith("com.samsung.shealth.weight,");
    }

    @Override
    LineReader newReader() {
        return new LineReader() {
            private boolean metadataSeen;
            private Header header;

            @Override
            public ImportedRow read(CsvLines.Line line) {
                if (!metadataSeen) {
                    metadataSeen = true;
                    return null;
                }
                if (header == null) {
                    header = Header.of(line.cells().stream().map(SamsungHealthCsv::withoutPrefix).toList());
                    return null;
                }
                return row(line, header);
            }
        };
    }

    private static String withoutPrefix(String column) {
        var name = column.strip();
        return name.toLowerCase(Locale.ROOT).startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
    }

    private static ImportedRow row(CsvLines.Line line, Header header) {
        var startTime = line.cell(header.index("start_time"));
        if (startTime == null) {
            throw new RowException("start_time is missing");
        }
        var weight = Values.requiredNumber("weight", line.cell(header.index("weight")));
        var at = Values.localDateTime("start_time", startTime, START_TIME).toInstant(ZoneOffset.UTC);
        var muscle = Values.number("muscle_mass", line.cell(header.index("muscle_mass")));
        var water = Values.number("total_body_water", line.cell(header.index("total_body_water")));
        return ImportedWeighIn.at(line.number(), at, weight, MassUnit.KG)
                .withBodyFatPercentage(Values.number("body_fat", line.cell(header.index("body_fat"))))
                .withMuscleMass(muscle == null ? null : Mass.of(muscle, MassUnit.KG))
                .withWaterPercentage(Values.shareOf(water, weight))
                .withNotes(line.cell(header.index("comment")));
    }
}
