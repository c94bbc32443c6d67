package com.weighttracker.identity.domain;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.weighttracker.shared.Rejection.FieldError;

class EmailAddressTest {

    private static final FieldError MALFORMED = new FieldError("email", "email must be a valid e-mail address");

    @Test
    void normalisesCaseAndSurroundingWhitespace() {
        assertThat(EmailAddress.of("  Anna.Smith@Example.COM \t").value()).isEqualTo("anna.smith@example.com");
    }

    @Test
    void addressesDifferingOnlyInCaseAreEqual() {
        assertThat(EmailAddress.of("ANNA@example.com")).isEqualTo(EmailAddress.of("anna@EXAMPLE.com"));
    }

    @Test
    void acceptsAPlusTagAndSubdomains() {
        assertThat(EmailAddress.of("anna+weights@mail.example.co.uk").value())
                .isEqualTo("anna+weights@mail.example.co.uk");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\t\n" })
    void rejectsAMissingAddress(String missing) {
        assertThat(fieldErrorsOf(() -> EmailAddress.of(missing)))
                .containsExactly(new FieldError("email", "email is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "anna.example.com",         // no @
            "anna@@example.com",        // two @ in a row
            "an@na@example.com",        // two @
            "anna smith@example.com",   // space in the local part
            "anna@exa mple.com",        // space in the domain
            "a@b",                      // domain without a dot
            "anna..smith@example.com",  // consecutive dots in the local part
            "anna@example..com",        // consecutive dots in the domain
            "@example.com",             // no local part
            "anna@",                    // no domain
            "anna@.example.com",        // domain starts with a dot
            "anna@example.com.",        // domain ends with a dot
            "anna@-example.com",        // label starts with a hyphen
            "anna@exam_ple.com",        // underscore in the domain
            "anna\u0000@example.com",   // control character
            "änna@example.com"          // non-ASCII
    })
    void rejectsAMalformedAddress(String malformed) {
        assertThat(fieldErrorsOf(() -> EmailAddress.of(malformed))).containsExactly(MALFORMED);
    }

    @Test
    void acceptsAnAddressOfExactly254Characters() {
        var address = "a".repeat(242) + "@example.com";
        assertThat(address).hasSize(254);

        assertThat(EmailAddress.of(address).value()).isEqualTo(address);
    }

    @Test
    void rejectsAnAddressLongerThan254Characters() {
        var address = "a".repeat(243) + "@example.com";
        assertThat(address).hasSize(255);

        assertThat(fieldErrorsOf(() -> EmailAddress.of(address)))
                .containsExactly(new FieldError("email", "email must be at most 254 characters"));
    }

    @Test
    void measuresTheLengthAfterStrippingWhitespace() {
        var address = "a".repeat(242) + "@example.com";

        assertThat(EmailAddress.of("   " + address + "   ").value()).isEqualTo(address);
    }

    @Test
    void redactsTheAddressInToString() {
        var email = EmailAddress.of("anna@example.com");

        assertThat(email.toString()).isEqualTo("EmailAddress[redacted]").doesNotContain("anna");
    }
}
