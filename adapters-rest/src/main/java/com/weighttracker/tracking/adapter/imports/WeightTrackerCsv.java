package com.weighttracker.tracking.adapter.imports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

/**
 * Our own CSV export read back (a round trip): the exact {@code weight_kg} and
 * {@code muscle_mass_kg} with {@code entered_unit} restore a weigh-in exactly as it was entered,
 * so importing an export into the same account adds nothing. A file edited by hand may leave the
 * kg columns empty; then {@code weight}, {@code unit} and {@code pounds} count.
 */
final class WeightTrackerCsv extends CsvFileFormat {

    static final String FORMAT = "weighttracker";
    static final List<String> COLUMNS = List.of("id", "recorded_at", "local_date", "weight", "unit", "pounds",
            "weight_kg", "entered_unit", "notes", "body_fat_percentage", "muscle_mass", "muscle_mass_kg",
            "water_percentage", "source", "created_at");
    /** What a spreadsheet would run as a formula, and the guard itself (so that guarding can be undone). */
    private static final String FORMULA_STARTS = "=+-@\t\r'";

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var header = headerOf(firstOf(firstLines), delimiter());
        return header.has("recorded_at") && header.has("weight_kg");
    }

    /**
     * CSV injection guard: a text cell that a spreadsheet would take for a formula gets a leading
     * single quote. A cell starting with a quote gets one more, so {@link #unguarded} is exact.
     */
    static String guarded(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    static String unguarded(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
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
        var recordedAt = line.cell(header.index("recorded_at"));
        if (recordedAt == null) {
            throw new RowException("recorded_at is missing");
        }
        var shownUnit = unit(line.cell(header.index("unit")), "unit");
        var enteredUnit = unit(line.cell(header.index("entered_unit")), "entered_unit");
        var unit = enteredUnit != null ? enteredUnit : shownUnit != null ? shownUnit : MassUnit.KG;
        var weightKg = Values.number("weight_kg", line.cell(header.index("weight_kg")));
        ImportedWeighIn row;
        if (weightKg != null) {
            var inUnit = weightKg.divide(unit.kilograms(), MathContext.DECIMAL128);
            row = ImportedWeighIn.at(line.number(), Values.instant("recorded_at", recordedAt), inUnit, unit);
        } else {
            var weightUnit = shownUnit != null ? shownUnit : MassUnit.KG;
            row = ImportedWeighIn.at(line.number(), Values.instant("recorded_at", recordedAt),
                    Values.requiredNumber("weight", line.cell(header.index("weight"))), weightUnit)
                    .withPounds(Values.number("pounds", line.cell(header.index("pounds"))));
        }
        var muscleKg = Values.number("muscle_mass_kg", line.cell(header.index("muscle_mass_kg")));
        var muscle = muscleKg != null ? new Mass(muscleKg) : muscleIn(line, header, shownUnit);
        var notes = unguarded(line.raw(header.index("notes")));
        return row.withNotes(notes == null || notes.isBlank() ? null : notes)
                .withBodyFatPercentage(Values.number("body_fat_percentage",
                        line.cell(header.index("body_fat_percentage"))))
                .withMuscleMass(muscle)
                .withWaterPercentage(Values.number("water_percentage", line.cell(header.index("water_percentage"))));
    }

    private static Mass muscleIn(CsvLines.Line line, Header header, MassUnit shownUnit) {
        BigDecimal value = Values.number("muscle_mass", line.cell(header.index("muscle_mass")));
        if (value == null) {
            return null;
        }
        var unit = shownUnit == null ? MassUnit.KG : shownUnit == MassUnit.ST ? MassUnit.LB : shownUnit;
        return Mass.of(value, unit);
    }

    private static MassUnit unit(String text, String field) {
        if (text == null) {
            return null;
        }
        var unit = Values.massUnit(text);
        if (unit == null) {
            throw new RowException(field + " '" + Values.shown(text) + "' must be kg, lb or st");
        }
        return unit;
    }
}
