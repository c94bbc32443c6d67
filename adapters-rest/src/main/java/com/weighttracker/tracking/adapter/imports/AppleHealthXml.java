package com.weighttracker.tracking.adapter.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.MassUnit;
import com.weighttracker.tracking.application.port.in.ImportWeightEntriesUseCase;
import com.weighttracker.tracking.application.port.in.ImportedRow;
import com.weighttracker.tracking.application.port.in.ImportedWeighIn;
import com.weighttracker.tracking.application.port.in.UnreadableRow;

/**
 * Apple Health's {@code export.xml} ({@code <HealthData>} with one {@code <Record>} per sample).
 * Read with a streaming StAX parser, since exports run to hundreds of megabytes: only body-mass
 * and body-fat records are kept, nothing else of the document. DTDs are not processed and external
 * entities are never resolved (no XXE): Apple's internal DTD only declares elements.
 *
 * <p>{@code HKQuantityTypeIdentifierBodyMass} records give the weight (unit kg, lb, st or g) at
 * {@code startDate} ({@code 2024-01-02 07:30:00 +0100}). {@code HKQuantityTypeIdentifierBodyFatPercentage}
 * records are fractions (0.215 = 21.5 %) and join the body-mass record of the same instant (fat
 * without a weigh-in at that instant is not imported). Since Apple writes all records of one type
 * before the next type, every body-mass record is read before any row is returned. A row's
 * "line" is the line of the record's start tag in the XML.
 */
final class AppleHealthXml {

    static final String FORMAT = "apple-health";
    private static final String ROOT = "HealthData";
    private static final String BODY_MASS = "HKQuantityTypeIdentifierBodyMass";
    private static final String BODY_FAT = "HKQuantityTypeIdentifierBodyFatPercentage";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

    private record BodyMass(long line, String startDate, String value, String unit) {
    }

    /** Longer attribute values are cut to this before they are kept: no value we read is longer. */
    private static final int MAX_KEPT_CHARS = 64;

    /**
     * Reads the whole document (closing nothing: the caller owns {@code xml}), which must be UTF-8;
     * each of its constructs is bounded by {@link XmlMarkupLimit}.
     */
    Stream<ImportedRow> rows(InputStream xml) {
        var masses = new ArrayList<BodyMass>();
        var fats = new HashMap<Instant, BigDecimal>();
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new XmlMarkupLimit(xml), "UTF-8");
            var rootSeen = false;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!rootSeen) {
                    if (!ROOT.equals(reader.getLocalName())) {
                        throw WeightFiles.unknownFormat();
                    }
                    rootSeen = true;
                } else if ("Record".equals(reader.getLocalName())) {
                    collect(reader, masses, fats);
                }
            }
            if (!rootSeen) {
                throw WeightFiles.unknownFormat();
            }
        } catch (XMLStreamException malformed) {
            var tooLarge = UploadTooLargeException.in(malformed);
            if (tooLarge != null) {
                throw tooLarge;
            }
            var location = malformed.getLocation();
            throw InvalidInput.of("file", "The XML is not well-formed"
                    + (location == null ? "" : " (line " + location.getLineNumber() + ")")
                    + ", so nothing was imported.");
        } finally {
            close(reader);
        }
        return masses.stream().map(mass -> row(mass, fats));
    }

    private static void collect(XMLStreamReader reader, List<BodyMass> masses, Map<Instant, BigDecimal> fats) {
        var type = reader.getAttributeValue(null, "type");
        if (BODY_MASS.equals(type)) {
            // one more than allowed is enough for the import to refuse the file
            if (masses.size() <= ImportWeightEntriesUseCase.MAX_ROWS) {
                masses.add(new BodyMass(reader.getLocation().getLineNumber(),
                        kept(reader.getAttributeValue(null, "startDate")), kept(reader.getAttributeValue(null, "value")),
                        kept(reader.getAttributeValue(null, "unit"))));
            }
        } else if (BODY_FAT.equals(type) && fats.size() <= ImportWeightEntriesUseCase.MAX_ROWS) {
            try {
                var at = instant(reader.getAttributeValue(null, "startDate"));
                var fraction = Values.number("value", reader.getAttributeValue(null, "value"));
                if (fraction != null) {
                    fats.putIfAbsent(at, fraction.multiply(HUNDRED));
                }
            } catch (RowException unreadable) {
                // a fat sample we cannot read is dropped; the weigh-in it would join still counts
            }
        }
    }

    /** Up to 100,000 records are kept until the document is read: none may keep a long value alive. */
    private static String kept(String value) {
        return value == null || value.length() <= MAX_KEPT_CHARS ? value
                : value.substring(0, MAX_KEPT_CHARS) + "\u2026";
    }

    private static ImportedRow row(BodyMass mass, Map<Instant, BigDecimal> fats) {
        try {
            var at = instant(mass.startDate());
            var value = Values.requiredNumber("value", mass.value());
            var unit = mass.unit() == null ? "" : mass.unit().strip();
            ImportedWeighIn row;
            if (unit.equals("g")) {
                row = ImportedWeighIn.at(mass.line(), at, value.divide(GRAMS_PER_KG), MassUnit.KG);
            } else {
                var massUnit = Values.massUnit(unit);
                if (massUnit == null) {
                    throw new RowException("unit '" + unit + "' is not one we know (kg, lb, st or g)");
                }
                row = ImportedWeighIn.at(mass.line(), at, value, massUnit);
            }
            return row.withBodyFatPercentage(fats.get(at));
        } catch (RowException unreadable) {
            return new UnreadableRow(mass.line(), unreadable.getMessage());
        }
    }

    private static Instant instant(String startDate) {
        if (startDate == null) {
            throw new RowException("startDate is missing");
        }
        try {
            return OffsetDateTime.parse(startDate.strip(), DATE).toInstant();
        } catch (DateTimeException e) {
            throw new RowException("startDate '" + startDate + "' is not a date like 2024-01-02 07:30:00 +0100");
        }
    }

    /** The JDK's own StAX parser, with DTDs and external entities off. */
    private static XMLInputFactory factory() {
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing left to read
            }
        }
    }
}
