package com.weighttracker.tracking.adapter.imports;

import java.util.List;

import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportedRow;

/**
 * wger (workout manager) weight log export: {@code Date,Weight}, with the header in the language
 * of the user's wger account ({@code Datum,Gewicht}, {@code Date,Poids}, {@code Fecha,Peso},
 * {@code Data,Peso}, {@code Data,Waga}, {@code Дата,Вес}, …). The date is an ISO date (older
 * versions: placed at noon in the user's zone) or date-time; the weight is in kilograms, unless the
 * header says "Weight (lb)".
 */
final class WgerCsv extends CsvFileFormat {

    static final String FORMAT = "wger";
    /** "Date" in wger's languages: en, fr; de, nl, sv, cs, hr, no; es; it, pt, pl; ru, uk, bg; el; tr. */
    private static final String[] DATE = { "date", "datum", "fecha", "data", "дата", "ημερομηνία", "tarih" };
    /** "Weight" in wger's languages: en; de, nl; fr; es, it, pt; pl; ru; uk; bg; cs; sv; no; hr; el; tr. */
    private static final String[] WEIGHT = { "weight", "weight (kg)", "gewicht", "poids", "peso", "waga", "вес",
        "вага", "тегло", "hmotnost", "vikt", "vekt", "težina", "βάρος", "ağırlık", "weight (lb)" };

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var header = headerOf(firstOf(firstLines), delimiter());
        return header.has(DATE) && header.has(WEIGHT);
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
                var weight = Values.requiredNumber("Weight", line.cell(header.index(WEIGHT)));
                return Values.when(line.number(), "Date", line.cell(header.index(DATE)), weight, unit);
            }
        };
    }
}
