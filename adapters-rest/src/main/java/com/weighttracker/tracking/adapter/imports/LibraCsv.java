package com.weighttracker.tracking.adapter.imports;

import java.util.List;
import java.util.Locale;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedRow;

/**
 * Libra (Android) export: comment lines {@code #Version: 6} and {@code #Units: kg} (or lb, st),
 * then the header {@code #date;weight;weight trend;body fat;body fat trend;…;comment} (newer
 * versions add muscle mass and call the last column "log"), {@code ;}-separated, ISO-8601 instants
 * in UTC. Trends are Libra's own computations and are not imported; body fat is a percentage,
 * muscle mass is in the file's unit.
 */
final class LibraCsv extends CsvFileFormat {

    static final String FORMAT = "libra";

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    char delimiter() {
        return ';';
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var first = firstOf(firstLines).strip().toLowerCase(Locale.ROOT);
        return first.startsWith("#version") || first.startsWith("#units")
                || first.startsWith("#date;") && first.contains(";weight");
    }

    @Override
    LineReader newReader() {
        return new LineReader() {
            private MassUnit unit = MassUnit.KG;
            private Header header;

            @Override
            public ImportedRow read(CsvLines.Line line) {
                var first = line.lowerCaseFirst();
                if (first.startsWith("#")) {
                    if (first.startsWith("#units")) {
                        unit = unitOf(line);
                    } else if (first.startsWith("#date")) {
                        header = Header.of(line.cells());
                    }
                    return null;
                }
                if (header == null) {
                    throw new RowException("data before the #date;weight;… header line");
                }
                return row(line, header, unit);
            }
        };
    }

    /** Every weight depends on it, so a unit we do not know stops the import rather than one row. */
    private static MassUnit unitOf(CsvLines.Line line) {
        var text = line.first();
        var colon = text.indexOf(':');
        var unit = Values.massUnit(colon < 0 ? "" : text.substring(colon + 1));
        if (unit == null) {
            throw InvalidInput.of("file", "Line " + line.number() + ": the #Units line must say kg, lb or st, "
                    + "so nothing was imported.");
        }
        return unit;
    }

    private static ImportedRow row(CsvLines.Line line, Header header, MassUnit unit) {
        var weight = Values.requiredNumber("weight", line.cell(header.index("weight")));
        var muscle = Values.number("muscle mass", line.cell(header.index("muscle mass")));
        var muscleUnit = unit == MassUnit.ST ? MassUnit.LB : unit;
        return Values.when(line.number(), "date", line.cell(header.index("date")), weight, unit)
                .withBodyFatPercentage(Values.number("body fat", line.cell(header.index("body fat"))))
                .withMuscleMass(muscle == null ? null : Mass.of(muscle, muscleUnit))
                .withWaterPercentage(Values.number("body water", line.cell(header.index("body water"))))
                .withNotes(line.cell(header.index("comment", "comments", "log")));
    }
}
