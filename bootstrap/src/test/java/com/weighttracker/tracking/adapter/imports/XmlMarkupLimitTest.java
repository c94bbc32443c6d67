package com.weighttracker.tracking.adapter.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.weighttracker.shared.InvalidInput;

class XmlMarkupLimitTest {

    private static final int OVER_A_MEGABYTE = 300_000;

    @Test
    void letsAnyNumberOfShortConstructsThrough() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ELEMENT HealthData ANY>\n]>\n<HealthData>"
                + "<Record value=\"82.4\">text</Record><!-- note --><![CDATA[<x>]]><?pi x?>".repeat(50_000)
                + "</HealthData>";

        assertThat(read(xml)).isEqualTo(xml.length());
    }

    @Test
    void refusesAnAttributeFullOfClosingBrackets() {
        assertRefusedAtLine(1, "<Record value=\"" + ">>>>".repeat(OVER_A_MEGABYTE) + "\"/>");
    }

    @Test
    void refusesACommentOrCdataSectionFullOfTags() {
        assertRefusedAtLine(2, "<a>\n<!--" + "<a/>".repeat(OVER_A_MEGABYTE) + "--></a>");
        assertRefusedAtLine(1, "<a><![CDATA[" + "<a/>".repeat(OVER_A_MEGABYTE) + "]]></a>");
        assertRefusedAtLine(1, "<a><?pi " + "<a/>".repeat(OVER_A_MEGABYTE) + "?></a>");
    }

    @Test
    void doesNotTakeTheOpenerOfACommentForItsEnd() {
        assertRefusedAtLine(1, "<a><!--->" + "<a/>".repeat(OVER_A_MEGABYTE) + "--></a>");
    }

    @Test
    void countsTheDoctypeWithItsInternalSubsetAsOne() {
        assertRefusedAtLine(2, "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n<!-- ] > -->\n<!ENTITY e \"] >\">\n"
                + "<!ELEMENT a ANY>\n".repeat(70_000) + "]>\n<a/>");
    }

    @Test
    void refusesLongText() {
        assertRefusedAtLine(1, "<a>" + "text".repeat(OVER_A_MEGABYTE) + "</a>");
    }

    private static void assertRefusedAtLine(int line, String xml) {
        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.fields().get(0).message()).startsWith("Line " + line + " of the XML: "
                        + "a tag, text, comment or declaration is longer than 1 MB"));
    }

    private static int read(String xml) {
        try (var in = new XmlMarkupLimit(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))) {
            return in.readAllBytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
