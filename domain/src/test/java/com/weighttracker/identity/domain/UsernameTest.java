package com.weighttracker.identity.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class UsernameTest {

    private static final FieldError BAD_FORMAT = new FieldError("username",
            "username must be 3-20 characters: letters, digits or underscore");

    @ParameterizedTest
    @ValueSource(strings = { "abc", "Anna_1987", "___", "A1b2C3d4E5f6G7h8I9j0" })
    void acceptsLettersDigitsAndUnderscoresOf3To20Characters(String name) {
        assertThat(Username.of(name).value()).isEqualTo(name);
    }

    @Test
    void acceptsExactlyThreeCharacters() {
        assertThat(Username.of("abc").value()).hasSize(3);
    }

    @Test
    void acceptsExactlyTwentyCharacters() {
        assertThat(Username.of("a".repeat(20)).value()).hasSize(20);
    }

    @Test
    void rejectsTwoCharacters() {
        assertThat(fieldErrorsOf(() -> Username.of("ab"))).containsExactly(BAD_FORMAT);
    }

    @Test
    void rejectsTwentyOneCharacters() {
        assertThat(fieldErrorsOf(() -> Username.of("a".repeat(21)))).containsExactly(BAD_FORMAT);
    }

    @Test
    void rejectsUsernameWithHyphen() {
        assertThat(fieldErrorsOf(() -> Username.of("anna-maria"))).containsExactly(BAD_FORMAT);
    }

    @Test
    void rejectsUsernameWithSpace() {
        assertThat(fieldErrorsOf(() -> Username.of("anna maria"))).containsExactly(BAD_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = { "jürgen", "Ölaf", "anna\u00a0b", "аnna" /* Cyrillic a */, "ann😀", "١٢٣" })
    void rejectsUnicodeCharacters(String name) {
        assertThat(fieldErrorsOf(() -> Username.of(name))).containsExactly(BAD_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anna\n", " anna", "anna ", "anna.b", "anna@b" })
    void rejectsSurroundingWhitespaceAndPunctuation(String name) {
        assertThat(fieldErrorsOf(() -> Username.of(name))).containsExactly(BAD_FORMAT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejectsAMissingUsername(String missing) {
        assertThat(fieldErrorsOf(() -> Username.of(missing)))
                .containsExactly(new FieldError("username", "username is required"));
    }

    @Test
    void keepsTheUsernameAsTyped() {
        assertThat(Username.of("AnnA_B").value()).isEqualTo("AnnA_B");
    }

    @Test
    void canonicalFormIsLowerCase() {
        assertThat(Username.of("AnnA_B1").canonical()).isEqualTo("anna_b1");
    }

    @Test
    void namesDifferingOnlyInCaseShareTheCanonicalFormButAreNotEqual() {
        var upper = Username.of("Anna");
        var lower = Username.of("anna");

        assertThat(upper.canonical()).isEqualTo(lower.canonical());
        assertThat(upper).isNotEqualTo(lower);
    }
}
