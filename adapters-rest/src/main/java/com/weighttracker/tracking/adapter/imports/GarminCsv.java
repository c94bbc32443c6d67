package com.weighttracker.tracking.adapter.imports;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;

/**
 * Garmin Connect weight export ("Weight" report, CSV) in the languages Garmin writes it: a header
 * {@code Time,Weight,Change,BMI,Body Fat,Skeletal Muscle Mass,Bone Mass,Body Water} (German
 * {@code Zeit,Gewicht,…}, French {@code Heure,Poids,…}, Spanish {@code Hora,Peso,…}, Italian
 * {@code Ora,Peso,…}, Dutch {@code Tijd,Gewicht,…}), then for each day a line holding only the
 * date followed by one line per weigh-in whose first cell is the local time of day. Dates are
 * written as the export's language does: {@code " Jan 2, 2024"} (US), {@code " 21 Sep 2023"}
 * (UK), {@code "21. Sep. 2023"} or {@code 21.09.2023} (German), {@code "21 sept. 2023"} (French),
 * {@code "21 sept 2023"} or {@code "21 de sep. de 2023"} (Spanish), {@code "21 set 2023"}
 * (Italian), {@code "21 sep. 2023"} or {@code 21-09-2023} (Dutch), or ISO; a date of digits only
 * is day first. Times are {@code 17:08}, {@code 7:30 AM} or {@code 7:30 p. m.}. Values carry their
 * unit: {@code 82.4 kg} (or {@code 82,4 kg}) or {@code 181.7 lbs}, {@code 20.1 %}; {@code --} means
 * none. Change and BMI are Garmin's computations, and skeletal muscle mass is not our muscle mass
 * (total muscle, ADR 12): none of them is imported.
 */
final class GarminCsv extends CsvFileFormat {

    static final String FORMAT = "garmin";
    private static final String[] TIME = { "time", "zeit", "uhrzeit", "heure", "hora", "ora", "tijd" };
    private static final String[] WEIGHT = { "weight", "gewicht", "poids", "peso" };
    private static final String[] BODY_FAT = { "body fat", "körperfett", "masse graisseuse", "graisse corporelle",
        "grasa corporal", "grasso corporeo", "lichaamsvet" };
    private static final String[] BODY_WATER = { "body water", "körperwasser", "eau corporelle", "hydratation",
        "agua corporal", "acqua corporea", "lichaamsvocht", "lichaamswater" };
    /** Month names and their abbreviations in the export languages, by their first three letters without accents. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("ene", 1), Map.entry("gen", 1),
            Map.entry("feb", 2), Map.entry("fev", 2),
            Map.entry("mar", 3), Map.entry("mrt", 3), Map.entry("maa", 3),
            Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("abr", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mag", 5), Map.entry("mei", 5),
            Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("giu", 6),
            Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("lug", 7),
            Map.entry("aug", 8), Map.entry("aou", 8), Map.entry("ago", 8),
            Map.entry("sep", 9), Map.entry("set", 9),
            Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("ott", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("dic", 12));
    /** Words around the parts of a date: Spanish "21 de sep. de 2023". */
    private static final Set<String> FILLERS = Set.of("de", "del");
    private static final Pattern DATE_TOKEN = Pattern.compile("\\p{L}+|\\d+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*(?:([ap])\\.?\\s?m\\.?)?", Pattern.CASE_INSENSITIVE);

    @Override
    String id() {
        return FORMAT;
    }

    @Override
    boolean recognises(List<String> firstLines) {
        var header = headerOf(firstOf(firstLines), delimiter());
        return header.index(TIME) == 0 && header.has(WEIGHT) && !header.has("date");
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
        var weight = Values.measure("Weight", line.cell(header.index(WEIGHT)));
        if (weight == null) {
            throw new RowException("Weight is missing");
        }
        var unit = Values.massUnit(weight.unit());
        if (unit == null) {
            throw new RowException("Weight '" + Values.shown(line.cell(header.index(WEIGHT)))
                    + "' needs a unit: kg or lbs");
        }
        return ImportedWeighIn.at(line.number(), at, weight.value(), unit)
                .withBodyFatPercentage(Values.percent("Body Fat", line.cell(header.index(BODY_FAT))))
                .withWaterPercentage(Values.percent("Body Water", line.cell(header.index(BODY_WATER))));
    }

    /** The date of a date line, or null when the text is not one (a time, for instance). */
    static LocalDate dateOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException notIso) {
            // one of Garmin's own
        }
        var tokens = new ArrayList<String>();
        var matcher = DATE_TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (!FILLERS.contains(matcher.group())) {
                tokens.add(matcher.group());
            }
        }
        if (tokens.size() != 3 || !isYear(tokens.get(2))) {
            return null;
        }
        var first = tokens.get(0);
        var second = tokens.get(1);
        Integer month;
        String dayOfMonth;
        if (isNumber(first) && isNumber(second)) {
            month = Integer.valueOf(second);
            dayOfMonth = first;
        } else if (isNumber(first)) {
            month = month(second);
            dayOfMonth = first;
        } else if (isNumber(second)) {
            month = month(first);
            dayOfMonth = second;
        } else {
            return null;
        }
        if (month == null || dayOfMonth.length() > 2) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(tokens.get(2)), month, Integer.parseInt(dayOfMonth));
        } catch (DateTimeException noSuchDay) {
            throw new RowException("date line '" + Values.shown(text) + "' is not a date of the calendar");
        }
    }

    private static Integer month(String name) {
        var plain = ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        if (plain.length() < 3) {
            return null;
        }
        var key = plain.startsWith("jui") && plain.length() >= 4 ? plain.substring(0, 4) : plain.substring(0, 3);
        return MONTHS.get(key);
    }

    private static boolean isNumber(String token) {
        return token.chars().allMatch(Character::isDigit) && token.length() <= 4;
    }

    private static boolean isYear(String token) {
        return token.length() == 4 && isNumber(token);
    }

    private static LocalTime time(String text) {
        var matcher = text == null ? null : TIME_OF_DAY.matcher(text.strip());
        if (matcher != null && matcher.matches()) {
            var hour = Integer.parseInt(matcher.group(1));
            var minute = Integer.parseInt(matcher.group(2));
            var second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            var half = matcher.group(4);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    hour = -1;
                } else {
                    hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
                }
            }
            try {
                return LocalTime.of(hour, minute, second);
            } catch (DateTimeException noSuchTime) {
                // reported below
            }
        }
        throw new RowException("Time '" + (text == null ? "" : Values.shown(text))
                + "' is neither a date nor a time of day");
    }
}
