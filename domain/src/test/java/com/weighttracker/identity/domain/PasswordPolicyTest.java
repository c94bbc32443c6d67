package com.weighttracker.identity.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class PasswordPolicyTest {

    private static final String COMPOSITION =
            "password must contain an upper-case letter, a lower-case letter and a digit";

    @Test
    void acceptsAndReturnsAPasswordMeetingEveryRule() {
        assertThat(PasswordPolicy.check("password", "Secret12")).isEqualTo("Secret12");
    }

    @Test
    void acceptsExactlyEightCharacters() {
        assertThat(PasswordPolicy.check("password", "Abcdef12")).hasSize(8);
    }

    @Test
    void rejectsSevenCharacters() {
        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("password", "Abcde12")))
                .containsExactly(new FieldError("password", "password must be at least 8 characters"));
    }

    @Test
    void countsCharactersNotUtf16UnitsForTheMinimumLength() {
        var sixCharacters = "Aa1\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"; // Aa1 + three emoji
        assertThat(sixCharacters.codePointCount(0, sixCharacters.length())).isEqualTo(6);

        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("password", sixCharacters)))
                .containsExactly(new FieldError("password", "password must be at least 8 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "secret123", "SECRET123", "SecretPassword" })
    void rejectsAPasswordMissingAnUpperCaseLetterALowerCaseLetterOrADigit(String weak) {
        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("password", weak)))
                .containsExactly(new FieldError("password", COMPOSITION));
    }

    @Test
    void acceptsExactly72Bytes() {
        var password = "Aa1" + "x".repeat(69);
        assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(72);

        assertThat(PasswordPolicy.check("password", password)).isEqualTo(password);
    }

    @Test
    void rejectsMoreThan72Bytes() {
        var password = "Aa1" + "x".repeat(70);

        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("password", password)))
                .containsExactly(new FieldError("password", "password must be at most 72 bytes"));
    }

    @Test
    void countsUtf8BytesNotCharactersForTheUpperLimit() {
        var password = "Aa1" + "ä".repeat(35); // 38 characters, 73 bytes
        assertThat(password).hasSize(38);

        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("password", password)))
                .containsExactly(new FieldError("password", "password must be at most 72 bytes"));
    }

    @Test
    void acceptsMultiByteCharactersWithinTheByteLimit() {
        var password = "Aa1" + "ä".repeat(34) + "x"; // 72 bytes

        assertThat(PasswordPolicy.check("password", password)).isEqualTo(password);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "        ")
    void rejectsAMissingPassword(String missing) {
        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("password", missing)))
                .containsExactly(new FieldError("password", "password is required"));
    }

    @Test
    void reportsTheErrorUnderTheGivenFieldName() {
        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("newPassword", "short")))
                .extracting(FieldError::field)
                .containsExactly("newPassword");
        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("newPassword", "alllowercase1")))
                .extracting(FieldError::field)
                .containsExactly("newPassword");
        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("newPassword", "Aa1" + "x".repeat(70))))
                .extracting(FieldError::field)
                .containsExactly("newPassword");
    }

    @Test
    void namesTheGivenFieldWhenThePasswordIsMissing() {
        assertThat(fieldErrorsOf(() -> PasswordPolicy.check("currentPassword", null)))
                .containsExactly(new FieldError("currentPassword", "currentPassword is required"));
    }
}
