package com.weighttracker.identity.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class HeightTest {

    private static Height height(String centimetres) {
        return new Height(new BigDecimal(centimetres));
    }

    @ParameterizedTest
    @CsvSource({ "170, 170.0", "170.5, 170.5", "170.50, 170.5", "170.000, 170.0", "1.7E+2, 170.0", "50, 50.0",
            "272, 272.0" })
    void normalisesTheScaleToOneDecimal(String given, String expected) {
        var centimetres = height(given).centimetres();

        assertThat(centimetres.scale()).isEqualTo(1);
        assertThat(centimetres.toPlainString()).isEqualTo(expected);
    }

    @Test
    void heightsDifferingOnlyInScaleAreEqual() {
        assertThat(height("180")).isEqualTo(height("180.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "49.9", "272.1", "0", "-1" })
    void rejectsAHeightOutside50To272(String centimetres) {
        assertThat(fieldErrorsOf(() -> height(centimetres)))
                .containsExactly(new FieldError("heightCm", "heightCm must be between 50 and 272"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "170.25", "170.01", "50.05" })
    void rejectsMoreThanOneDecimal(String centimetres) {
        assertThat(fieldErrorsOf(() -> height(centimetres)))
                .containsExactly(new FieldError("heightCm", "heightCm must have at most one decimal"));
    }

    @Test
    void rejectsAMissingHeight() {
        assertThat(fieldErrorsOf(() -> new Height(null)))
                .containsExactly(new FieldError("heightCm", "heightCm is required"));
    }
}
