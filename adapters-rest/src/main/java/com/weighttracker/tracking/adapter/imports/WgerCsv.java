package com.weighttracker.tracking.adapter.imports;

import java.util.List;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedRow;

/**
 * wger (workout manager) weight log export: {@code Date,Weight}. The date is an ISO date (older
 * versions: placed at noon in the user's zone) or date-time; the weight is in kilograms, unless the
 * header says "Weight (lb)".
 */
final class WgerCsv extends CsvFileFormat {

    static final String FORMAT = "wger";

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var header = headerOf(firstOf(firstLines), delimiter());
        return header.has("date") && header.has("weight", "weight (kg)", "weight (lb)");
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
                    unit = header.has("weight (lb)") ? MassUnit.LB : MassUnit.KG;
                    return null;
                }
                var weight = Values.requiredNumber("Weight",
                        line.cell(header.index("weight", "weight (kg)", "weight (lb)")));
                return Values.when(line.number(), "Date", line.cell(header.index("date")), weight, unit);
            }
        };
    }
}
