package com.weighttracker.tracking.adapter.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

/**
 * openScale (Android) CSV export, both generations; weights are kilograms, which openScale stores
 * whatever unit it shows, and times are local.
 * <ul>
 * <li>v2 (up to 2.x, simplecsv): every value quoted, columns in alphabetical order
 * {@code "biceps","bone",…,"comment","dateTime","fat",…,"muscle",…,"water","weight"}, dateTime
 * {@code dd.MM.yyyy HH:mm}; an unset value is written as 0.0.</li>
 * <li>v3 (the 2025 rewrite): {@code DATE,TIME} then one column per measurement type in
 * alphabetical order ({@code BMI,BODY_FAT,…,COMMENT,…,WATER,WEIGHT}), ISO date and time; an unset
 * value is empty.</li>
 * </ul>
 * Fat and water are percentages. openScale's muscle is a percentage too (or a configurable mass in
 * v3), which our muscle mass is not, so it is not imported.
 */
final class OpenScaleCsv extends CsvFileFormat {

    static final String FORMAT = "openscale";
    private static final DateTimeFormatter V2_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter V3_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var header = headerOf(firstOf(firstLines), delimiter());
        return header.has("weight") && (header.has("datetime") || header.has("date") && header.has("time"));
    }

    @Override
    LineReader newReader() {
        return new LineReader() {
            private Header header;

            @Override
            public ImportedRow read(CsvLines.Line line) {
                if (header == null) {
                    header = Header.of(line.cells());
                    return null;
                }
                return row(line, header);
            }
        };
    }

    private static ImportedRow row(CsvLines.Line line, Header header) {
        var weight = Values.requiredNumber("weight", line.cell(header.index("weight")));
        return when(line, header, weight)
                .withBodyFatPercentage(setOrNull(Values.number("fat", line.cell(header.index("fat", "body_fat")))))
                .withWaterPercentage(setOrNull(Values.number("water", line.cell(header.index("water")))))
                .withNotes(line.cell(header.index("comment")));
    }

    private static ImportedWeighIn when(CsvLines.Line line, Header header, BigDecimal weight) {
        var dateTime = line.cell(header.index("datetime"));
        if (header.has("datetime")) {
            if (dateTime == null) {
                throw new RowException("dateTime is missing");
            }
            return ImportedWeighIn.at(line.number(),
                    Values.localDateTime("dateTime", dateTime, V2_DATE_TIME, V3_DATE_TIME), weight, MassUnit.KG);
        }
        var date = line.cell(header.index("date"));
        if (date == null) {
            throw new RowException("DATE is missing");
        }
        var time = line.cell(header.index("time"));
        try {
            return ImportedWeighIn.at(line.number(), LocalDate.parse(date)
                    .atTime(time == null ? Values.DATE_ONLY_TIME : LocalTime.parse(time)), weight, MassUnit.KG);
        } catch (DateTimeException e) {
            throw new RowException("DATE '" + Values.shown(date) + "' and TIME '" + (time == null ? null : Values.shown(time)) + "' are not an ISO date and time");
        }
    }

    /** openScale v2 writes 0.0 for a value that was never measured. */
    private static BigDecimal setOrNull(BigDecimal value) {
        return value == null || value.signum() == 0 ? null : value;
    }
}
