package com.weighttracker.tracking.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static com.weighttracker.shared.Rejections.fieldsOf;
import static com.weighttracker.tracking.domain.TrackingFixtures.NOW;
import static com.weighttracker.tracking.domain.TrackingFixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;
import com.weighttracker.shared.Mass;
import com.weighttracker.shared.MassUnit;

class WeighInTest {

    private static WeighIn weight(String weight, MassUnit unit, String pounds) {
        return WeighIn.of(dec(weight), unit, pounds == null ? null : dec(pounds), NOW, null, null, null, null);
    }

    @Nested
    class Weight {

        @Test
        void refusesAnInstantBefore1900() {
            var before = java.time.Instant.parse("1899-12-31T23:59:59Z");

            assertThat(fieldErrorsOf(() -> WeighIn.of(dec("80"), null, null, before, null, null, null, null)))
                    .containsExactly(new com.weighttracker.shared.Rejection.FieldError("recordedAt",
                            "recordedAt must be in 1900 or later"));
            assertThat(WeighIn.of(dec("80"), null, null, WeighIn.EARLIEST, null, null, null, null).recordedAt())
                    .isEqualTo(WeighIn.EARLIEST);
        }

        @Test
        void isInKilogramsWhenNoUnitIsGiven() {
            var weighIn = WeighIn.of(dec("82.4"), null, null, NOW, null, null, null, null);

            assertThat(weighIn.unit()).isEqualTo(MassUnit.KG);
            assertThat(weighIn.mass()).isEqualTo(Mass.of(dec("82.4"), MassUnit.KG));
        }

        @Test
        void keepsTheUnitItWasEnteredIn() {
            assertThat(weight("180.45", MassUnit.LB, null).unit()).isEqualTo(MassUnit.LB);
            assertThat(weight("180.45", MassUnit.LB, null).mass().in(MassUnit.LB, 2)).isEqualByComparingTo("180.45");
        }

        @Test
        void inStonesIsWholeStonesPlusPounds() {
            var weighIn = weight("12", MassUnit.ST, "5.5");

            assertThat(weighIn.unit()).isEqualTo(MassUnit.ST);
            assertThat(weighIn.mass()).isEqualTo(Mass.of(dec("173.5"), MassUnit.LB));
            assertThat(weighIn.mass().stonesAndPounds(2).pounds()).isEqualByComparingTo("5.5");
        }

        @Test
        void inStonesWithoutPoundsIsWholeStones() {
            assertThat(weight("12", MassUnit.ST, null).mass()).isEqualTo(Mass.of(dec("12"), MassUnit.ST));
            assertThat(weight("12.00", MassUnit.ST, "0").mass()).isEqualTo(Mass.of(dec("12"), MassUnit.ST));
        }

        @ParameterizedTest
        @ValueSource(strings = { "0.01", "1000", "1000.00", "80.10", "1E+2" })
        void acceptsPositiveValuesUpTo1000WithAtMostTwoDecimals(String weight) {
            assertThat(weight(weight, MassUnit.KG, null).mass().kilograms()).isEqualByComparingTo(weight);
        }

        @Test
        void isRequired() {
            assertThat(fieldErrorsOf(() -> WeighIn.of(null, MassUnit.KG, null, NOW, null, null, null, null)))
                    .containsExactly(new FieldError("weight", "weight is required"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "0", "-0.01", "-80" })
        void mustBePositive(String weight) {
            assertThat(fieldErrorsOf(() -> weight(weight, MassUnit.LB, null)))
                    .containsExactly(new FieldError("weight", "weight must be positive"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "1000.01", "1001", "1E+4" })
        void mustBeAtMost1000(String weight) {
            assertThat(fieldErrorsOf(() -> weight(weight, MassUnit.KG, null)))
                    .containsExactly(new FieldError("weight", "weight must be at most 1000"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "80.123", "80.001", "0.005" })
        void mayHaveAtMostTwoDecimals(String weight) {
            assertThat(fieldErrorsOf(() -> weight(weight, MassUnit.KG, null)))
                    .containsExactly(new FieldError("weight", "weight may have at most 2 decimals"));
        }

        @Test
        void inStonesMustBeWholeStones() {
            assertThat(fieldErrorsOf(() -> weight("12.5", MassUnit.ST, null))).containsExactly(
                    new FieldError("weight", "weight in st must be whole stones; put the rest in pounds"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "KG", "LB" })
        void poundsComeOnlyWithStones(MassUnit unit) {
            assertThat(fieldErrorsOf(() -> weight("80", unit, "5")))
                    .containsExactly(new FieldError("pounds", "pounds are only given with unit st"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "14", "14.00", "-0.01", "20" })
        void poundsWithStonesAreAtLeastZeroAndUnderFourteen(String pounds) {
            assertThat(fieldErrorsOf(() -> weight("12", MassUnit.ST, pounds)))
                    .containsExactly(new FieldError("pounds", "pounds must be at least 0 and less than 14"));
        }

        @Test
        void poundsHaveAtMostTwoDecimals() {
            assertThat(fieldErrorsOf(() -> weight("12", MassUnit.ST, "5.555")))
                    .containsExactly(new FieldError("pounds", "pounds may have at most 2 decimals"));
            assertThat(weight("12", MassUnit.ST, "13.99").mass().stonesAndPounds(2).pounds())
                    .isEqualByComparingTo("13.99");
        }
    }

    @Nested
    class GoalFieldNames {

        @Test
        void massOfNamesTheFieldsItIsGiven() {
            assertThat(fieldErrorsOf(() -> WeighIn.massOf("targetWeight", dec("0"), MassUnit.KG, "targetPounds",
                    null))).containsExactly(new FieldError("targetWeight", "targetWeight must be positive"));
            assertThat(fieldErrorsOf(() -> WeighIn.massOf("targetWeight", dec("12"), MassUnit.ST, "targetPounds",
                    dec("14")))).containsExactly(
                            new FieldError("targetPounds", "targetPounds must be at least 0 and less than 14"));
            assertThat(WeighIn.massOf("targetWeight", dec("11"), MassUnit.ST, "targetPounds", dec("3.5")))
                    .isEqualTo(Mass.of(dec("157.5"), MassUnit.LB));
        }
    }

    @Nested
    class RecordedAt {

        @Test
        void isRequired() {
            assertThat(fieldErrorsOf(() -> WeighIn.of(dec("80"), MassUnit.KG, null, null, null, null, null, null)))
                    .containsExactly(new FieldError("recordedAt", "recordedAt is required"));
        }

        @Test
        void keepsMicrosecondsAsTheDatabaseDoes() {
            var weighIn = WeighIn.of(dec("80"), MassUnit.KG, null, Instant.parse("2026-11-25T07:30:00.123456789Z"),
                    null, null, null, null);

            assertThat(weighIn.recordedAt()).isEqualTo(Instant.parse("2026-11-25T07:30:00.123456Z"));
        }
    }

    @Nested
    class NotesAndBodyComposition {

        @Test
        void notesAreStrippedAndBlankNotesAreNone() {
            assertThat(WeighIn.of(dec("80"), null, null, NOW, "  after the run \n", null, null, null).notes())
                    .isEqualTo("after the run");
            assertThat(WeighIn.of(dec("80"), null, null, NOW, "   ", null, null, null).notes()).isNull();
        }

        @Test
        void notesMayHave1000CharactersCountingAnEmojiAsOne() {
            var notes = "🏃".repeat(WeighIn.NOTES_MAX);

            assertThat(WeighIn.of(dec("80"), null, null, NOW, notes, null, null, null).notes()).isEqualTo(notes);
            assertThat(fieldErrorsOf(() -> WeighIn.of(dec("80"), null, null, NOW, "x".repeat(1001), null, null,
                    null))).containsExactly(new FieldError("notes", "notes must be at most 1000 characters"));
        }

        @ParameterizedTest
        @ValueSource(strings = { "0", "100", "23.45", "100.00" })
        void percentagesMayBeFromZeroToOneHundred(String percentage) {
            var weighIn = WeighIn.of(dec("80"), null, null, NOW, null, dec(percentage), null, dec(percentage));

            assertThat(weighIn.bodyFatPercentage()).isEqualByComparingTo(percentage);
            assertThat(weighIn.waterPercentage()).isEqualByComparingTo(percentage);
        }

        @ParameterizedTest
        @ValueSource(strings = { "-0.01", "100.01", "101" })
        void percentagesOutsideZeroToOneHundredAreRefused(String percentage) {
            assertThat(fieldErrorsOf(() -> WeighIn.of(dec("80"), null, null, NOW, null, dec(percentage), null,
                    dec(percentage)))).containsExactly(
                            new FieldError("bodyFatPercentage", "bodyFatPercentage must be between 0 and 100"),
                            new FieldError("waterPercentage", "waterPercentage must be between 0 and 100"));
        }

        @Test
        void percentagesHaveAtMostTwoDecimals() {
            assertThat(fieldsOf(() -> WeighIn.of(dec("80"), null, null, NOW, null, dec("20.125"), null, null)))
                    .containsExactly("bodyFatPercentage");
        }

        @ParameterizedTest
        @ValueSource(strings = { "0", "-1" })
        void muscleMassMustBePositive(String muscle) {
            assertThat(fieldErrorsOf(() -> WeighIn.of(dec("80"), null, null, NOW, null, null, dec(muscle), null)))
                    .containsExactly(new FieldError("muscleMass", "muscleMass must be positive"));
        }

        @Test
        void muscleMassIsInTheEntrysUnitAndInPoundsForStones() {
            assertThat(WeighIn.of(dec("80"), MassUnit.KG, null, NOW, null, null, dec("35.5"), null).muscleMass())
                    .isEqualTo(Mass.of(dec("35.5"), MassUnit.KG));
            assertThat(WeighIn.of(dec("176"), MassUnit.LB, null, NOW, null, null, dec("78.25"), null).muscleMass())
                    .isEqualTo(Mass.of(dec("78.25"), MassUnit.LB));
            assertThat(WeighIn.of(dec("12"), MassUnit.ST, dec("8"), NOW, null, null, dec("78.25"), null)
                    .muscleMass()).isEqualTo(Mass.of(dec("78.25"), MassUnit.LB));
        }

        @Test
        void optionalFieldsMayAllBeAbsent() {
            var weighIn = WeighIn.of(dec("80"), MassUnit.KG, null, NOW, null, null, null, null);

            assertThat(weighIn.notes()).isNull();
            assertThat(weighIn.bodyFatPercentage()).isNull();
            assertThat(weighIn.muscleMass()).isNull();
            assertThat(weighIn.waterPercentage()).isNull();
        }
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        var fields = fieldsOf(() -> WeighIn.of(BigDecimal.ZERO, MassUnit.KG, null, null, "x".repeat(1001),
                dec("101"), dec("0"), dec("-5")));

        assertThat(fields).containsExactly("weight", "recordedAt", "notes", "bodyFatPercentage", "waterPercentage",
                "muscleMass");
    }
}
