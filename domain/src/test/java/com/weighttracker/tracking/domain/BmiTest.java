package com.weighttracker.tracking.domain;

import static com.weighttracker.tracking.domain.TrackingFixtures.dec;
import static com.weighttracker.tracking.domain.TrackingFixtures.kg;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.weighttracker.tracking.domain.Bmi.Category;

class BmiTest {

    @ParameterizedTest
    @CsvSource({ "80, 180, 24.7", "53.5, 170, 18.5", "53.4, 170, 18.5", "53.3, 170, 18.4", "120, 175.5, 39.0",
            "45, 160, 17.6" })
    void isMassOverHeightSquaredRoundedToOneDecimal(String kilograms, String heightCm, String bmi) {
        var value = Bmi.of(kg(kilograms), dec(heightCm)).value();

        assertThat(value).isEqualTo(dec(bmi));
    }

    @ParameterizedTest
    @CsvSource({ "10, UNDERWEIGHT", "18.4, UNDERWEIGHT", "18.5, NORMAL", "24.9, NORMAL", "25.0, OVERWEIGHT",
            "29.9, OVERWEIGHT", "30.0, OBESE", "55.2, OBESE" })
    void fallsIntoTheWhoCategories(String value, Category category) {
        assertThat(new Bmi(dec(value)).category()).isEqualTo(category);
    }

    @Test
    void theCategoryFollowsTheRoundedValue() {
        // 80.99 kg at 180 cm is 24.997: shown as 25.0, and 25.0 is overweight
        var bmi = Bmi.of(kg("80.99"), dec("180"));

        assertThat(bmi.value()).isEqualTo(dec("25.0"));
        assertThat(bmi.category()).isEqualTo(Category.OVERWEIGHT);
    }

    @Test
    void healthyMinimumIsTheLightestHealthyMassRoundedUpToATenthOfAKilogram() {
        // 18.5 × 1.70² = 53.465 kg
        assertThat(Bmi.healthyMinimum(dec("170")).kilograms()).isEqualByComparingTo("53.5");
        assertThat(Bmi.of(Bmi.healthyMinimum(dec("170")), dec("170")).category()).isEqualTo(Category.NORMAL);
    }
}
