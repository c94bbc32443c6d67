package com.weighttracker.shared;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class MassTest {

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void unitFactorsAreTheExactLegalDefinitions() {
        assertThat(MassUnit.KG.kilograms()).isEqualByComparingTo("1");
        assertThat(MassUnit.LB.kilograms()).isEqualByComparingTo("0.45359237");
        assertThat(MassUnit.ST.kilograms()).isEqualByComparingTo(MassUnit.LB.kilograms().multiply(dec("14")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "82.4", "82.45", "0.01", "1000", "57" })
    void kilogramsReadBackExactly(String kilograms) {
        var mass = Mass.of(dec(kilograms), MassUnit.KG);

        assertThat(mass.kilograms()).isEqualByComparingTo(kilograms);
        assertThat(mass.in(MassUnit.KG, 2)).isEqualByComparingTo(kilograms);
    }

    @ParameterizedTest
    @CsvSource({ "180.45, 81.8507431665", "180.4, 81.828063548", "180, 81.6466266", "0.01, 0.0045359237",
            "999.99, 453.5878340763" })
    void poundsConvertToKilogramsWithoutRoundingAndReadBackAsEntered(String pounds, String kilograms) {
        var mass = Mass.of(dec(pounds), MassUnit.LB);

        assertThat(mass.kilograms()).isEqualByComparingTo(kilograms);
        assertThat(mass.in(MassUnit.LB, 2)).isEqualByComparingTo(pounds);
    }

    @Test
    void everyPoundValueWithTwoDecimalsUpTo1000ReadsBackExactly() {
        for (var hundredths = 1; hundredths <= 100_000; hundredths++) {
            var pounds = BigDecimal.valueOf(hundredths, 2);
            var mass = Mass.of(pounds, MassUnit.LB);

            assertThat(mass.in(MassUnit.LB, 2)).as(pounds.toPlainString()).isEqualTo(pounds);
            assertThat(mass.kilograms().compareTo(pounds.multiply(MassUnit.LB.kilograms())))
                    .as("stored without rounding: %s", pounds).isZero();
        }
    }

    @ParameterizedTest
    @CsvSource({ "12, 5.5, 12, 5.5", "12, 0, 12, 0", "13, 13.99, 13, 13.99", "20, 0.01, 20, 0.01",
            "0, 7.25, 0, 7.25", "71, 6.5, 71, 6.5" })
    void stonesAndPoundsReadBackAsEntered(String stones, String pounds, String readStones, String readPounds) {
        var split = Mass.ofStonesAndPounds(dec(stones), dec(pounds)).stonesAndPounds(2);

        assertThat(split.stones()).isEqualByComparingTo(readStones);
        assertThat(split.stones().scale()).as("whole stones").isZero();
        assertThat(split.pounds()).isEqualByComparingTo(readPounds);
    }

    @Test
    void everyStoneAndPoundCombinationReadsBackExactly() {
        for (var stones = 0; stones <= 71; stones++) {
            for (var hundredths = 0; hundredths < 1400; hundredths += 7) {
                var pounds = BigDecimal.valueOf(hundredths, 2);
                var split = Mass.ofStonesAndPounds(BigDecimal.valueOf(stones), pounds).stonesAndPounds(2);

                assertThat(split.stones().intValueExact()).isEqualTo(stones);
                assertThat(split.pounds()).as("%d st %s lb", stones, pounds).isEqualByComparingTo(pounds);
            }
        }
    }

    @Test
    void aMassEnteredInKilogramsSplitsIntoWholeStonesAndTheRestInPounds() {
        var split = Mass.of(dec("80"), MassUnit.KG).stonesAndPounds(2);

        // 80 kg = 176.369809... lb = 12 st 8.37 lb
        assertThat(split.stones()).isEqualByComparingTo("12");
        assertThat(split.pounds()).isEqualByComparingTo("8.37");
    }

    @Test
    void poundsThatRoundUpToFourteenCarryIntoTheNextStone() {
        var justUnderTwoStones = new Mass(MassUnit.LB.kilograms().multiply(dec("27.996")));

        var split = justUnderTwoStones.stonesAndPounds(2);

        assertThat(split.stones()).isEqualByComparingTo("2");
        assertThat(split.pounds()).isEqualByComparingTo("0");
    }

    @Test
    void stonesAndPoundsEqualTheSameMassInPounds() {
        assertThat(Mass.ofStonesAndPounds(dec("12"), dec("5.5"))).isEqualTo(Mass.of(dec("173.5"), MassUnit.LB));
    }

    @Test
    void keepsTenDecimalsSoMassesDifferingOnlyInScaleAreEqual() {
        var mass = new Mass(dec("80"));

        assertThat(mass.kilograms().scale()).isEqualTo(Mass.SCALE);
        assertThat(mass).isEqualTo(new Mass(dec("80.000"))).hasSameHashCodeAs(new Mass(dec("80.000")));
    }

    @Test
    void convertsToAnyUnitRoundedToTheDecimalsAsked() {
        var mass = Mass.of(dec("80"), MassUnit.KG);

        assertThat(mass.in(MassUnit.LB, 2)).isEqualTo(dec("176.37"));
        assertThat(mass.in(MassUnit.LB, 0)).isEqualTo(dec("176"));
        assertThat(mass.in(MassUnit.ST, 3)).isEqualTo(dec("12.598"));
    }

    @Test
    void comparesAndSubtractsByKilograms() {
        var heavier = Mass.of(dec("180"), MassUnit.LB);
        var lighter = Mass.of(dec("81.6"), MassUnit.KG);

        assertThat(heavier).isGreaterThan(lighter);
        assertThat(heavier.minus(lighter).kilograms()).isEqualByComparingTo("0.0466266");
        assertThat(Mass.kilograms(81.6)).isEqualByComparingTo(lighter);
        assertThat(lighter.asKilograms()).isEqualTo(81.6);
    }

    @Test
    void aMassIsRequired() {
        assertThat(fieldErrorsOf(() -> new Mass(null))).containsExactly(new FieldError("weight", "weight is required"));
    }
}
