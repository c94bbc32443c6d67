package com.weighttracker.identity.domain;

import static com.weighttracker.identity.domain.ProfileChangesBuilder.changes;
import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static com.weighttracker.shared.Rejections.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class ProfileChangesTest {

    @Test
    void leavesEveryFieldUnchangedByDefault() {
        var built = changes().build();

        assertThat(built.displayName().isPresent()).isFalse();
        assertThat(built.bio().isPresent()).isFalse();
        assertThat(built.units().isPresent()).isFalse();
        assertThat(built.height().isPresent()).isFalse();
        assertThat(built.dateOfBirth().isPresent()).isFalse();
        assertThat(built.gender().isPresent()).isFalse();
        assertThat(built.activityLevel().isPresent()).isFalse();
        assertThat(built.timeZone().isPresent()).isFalse();
        assertThat(built.profileVisibility().isPresent()).isFalse();
        assertThat(built.weightVisibility().isPresent()).isFalse();
    }

    @Test
    void convertsRawValuesIntoValueObjects() {
        var built = changes().heightCm("180").timeZone("Europe/Berlin").build();

        assertThat(built.height().value()).isEqualTo(new Height(new BigDecimal("180.0")));
        assertThat(built.timeZone().value()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void stripsTheDisplayName() {
        assertThat(changes().displayName("  Anna S.  ").build().displayName().value()).isEqualTo("Anna S.");
    }

    @Test
    void keepsAClearedFieldCleared() {
        var built = changes().displayName(null).bio(null).heightCm(null).timeZone(null).build();

        assertThat(built.displayName().isPresent()).isTrue();
        assertThat(built.displayName().value()).isNull();
        assertThat(built.bio().isPresent()).isTrue();
        assertThat(built.bio().value()).isNull();
        assertThat(built.height().isPresent()).isTrue();
        assertThat(built.height().value()).isNull();
        assertThat(built.timeZone().isPresent()).isTrue();
        assertThat(built.timeZone().value()).isNull();
    }

    @Test
    void refusesABirthDateBefore1900() {
        assertThat(fieldErrorsOf(() -> changes().dateOfBirth(java.time.LocalDate.of(1899, 12, 31)).build()))
                .containsExactly(new FieldError("dateOfBirth", "dateOfBirth must be in 1900 or later"));
        assertThat(changes().dateOfBirth(java.time.LocalDate.of(1900, 1, 1)).build().dateOfBirth().value())
                .isEqualTo(java.time.LocalDate.of(1900, 1, 1));
    }

    @Test
    void refusesBidirectionalOverridesInTheDisplayName() {
        assertThat(fieldErrorsOf(() -> changes().displayName("Anna\u202Egpj.exe").build())).containsExactly(
                new FieldError("displayName", "displayName must not contain control characters or bidirectional "
                        + "overrides"));
    }

    @Test
    void acceptsABioOf500Characters() {
        var bio = "b".repeat(500);

        assertThat(changes().bio(bio).build().bio().value()).isEqualTo(bio);
    }

    @Test
    void rejectsABioOver500Characters() {
        assertThat(fieldErrorsOf(() -> changes().bio("b".repeat(501)).build()))
                .containsExactly(new FieldError("bio", "bio must be at most 500 characters"));
    }

    @Test
    void countsBioLengthInCharactersNotUtf16Units() {
        var emojiBio = "😀".repeat(500); // 500 characters, 1000 UTF-16 units

        assertThat(changes().bio(emojiBio).build().bio().value()).isEqualTo(emojiBio);
    }

    @Test
    void acceptsADisplayNameOf50Characters() {
        var name = "n".repeat(50);

        assertThat(changes().displayName(name).build().displayName().value()).isEqualTo(name);
    }

    @Test
    void rejectsADisplayNameOver50Characters() {
        assertThat(fieldErrorsOf(() -> changes().displayName("n".repeat(51)).build()))
                .containsExactly(new FieldError("displayName", "displayName must be at most 50 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "\t\n" })
    void rejectsABlankDisplayName(String blank) {
        assertThat(fieldErrorsOf(() -> changes().displayName(blank).build()))
                .containsExactly(new FieldError("displayName", "displayName must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "49.9", "272.1", "0", "-170", "1000" })
    void rejectsAHeightOutside50To272(String height) {
        assertThat(fieldErrorsOf(() -> changes().heightCm(height).build()))
                .containsExactly(new FieldError("heightCm", "heightCm must be between 50 and 272"));
    }

    @Test
    void rejectsAHeightWithTwoDecimals() {
        assertThat(fieldErrorsOf(() -> changes().heightCm("170.25").build()))
                .containsExactly(new FieldError("heightCm", "heightCm must have at most one decimal"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Mars/Olympus", "+02:00", "UTC+02:00", "CET", "", "Europe/Berlin " })
    void rejectsABadTimeZone(String zone) {
        assertThat(fieldErrorsOf(() -> changes().timeZone(zone).build()))
                .containsExactly(new FieldError("timeZone",
                        "timeZone must be an IANA time zone such as Europe/Berlin"));
    }

    @Test
    void reportsSeveralErrorsTogetherInFieldOrder() {
        assertThat(fieldsOf(() -> changes()
                .timeZone("Mars/Olympus")
                .heightCm("12.34")
                .bio("b".repeat(501))
                .displayName(" ")
                .build()))
                .containsExactly("displayName", "bio", "heightCm", "timeZone");
    }
}
