package com.weighttracker.tracking.adapter.imports;

import java.util.List;

import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedRow;

/**
 * Withings data export, {@code weight.csv}:
 * {@code Date,"Weight (kg)","Fat mass (kg)","Bone mass (kg)","Muscle mass (kg)","Hydration (kg)",Comments}
 * with local times {@code "2024-01-02 07:30:00"}; an account set to pounds writes "(lb)" in every
 * mass column. Fat and hydration are masses: they become percentages of the weight of the same row.
 */
final class WithingsCsv extends CsvFileFormat {

    static final String FORMAT = "withings";

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var header = headerOf(firstOf(firstLines), delimiter());
        return header.has("date") && header.has("weight (kg)", "weight (lb)", "weight (lbs)");
    }

    @Override
    LineReader newReader() {
        return new LineReader() {
            private Header header;
            private MassUnit unit;

            @Override
            public ImportedRow read(CsvLines.Line line) {
                if (header == null) {
                    header = Header.of(line.cells());
                    unit = header.has("weight (kg)") ? MassUnit.KG : MassUnit.LB;
                    return null;
                }
                return row(line, header, unit);
            }
        };
    }

    private static ImportedRow row(CsvLines.Line line, Header header, MassUnit unit) {
        var suffix = unit == MassUnit.KG ? " (kg)" : " (lb)";
        var weight = Values.requiredNumber("Weight", line.cell(header.index("weight" + suffix, "weight (lbs)")));
        var fatMass = Values.number("Fat mass", line.cell(header.index("fat mass" + suffix)));
        var fatRatio = Values.number("Fat ratio", line.cell(header.index("fat ratio (%)", "fat ratio", "fat (%)")));
        var muscle = Values.number("Muscle mass", line.cell(header.index("muscle mass" + suffix)));
        var hydration = Values.number("Hydration", line.cell(header.index("hydration" + suffix)));
        return Values.when(line.number(), "Date", line.cell(header.index("date")), weight, unit)
                .withBodyFatPercentage(fatRatio != null ? fatRatio : Values.shareOf(fatMass, weight))
                .withMuscleMass(muscle == null ? null : Mass.of(muscle, unit))
                .withWaterPercentage(Values.shareOf(hydration, weight))
                .withNotes(line.cell(header.index("comments", "comment")));
    }
}
