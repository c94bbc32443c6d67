package com.weighttracker.platform.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationHeaderTokensTest {

    /** Spring Security's DefaultBearerTokenResolver pattern: the loop must agree with it. */
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);
    /** The firewall's default header-value pattern. */
    private static final Pattern ASSIGNED_AND_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @ParameterizedTest
    @ValueSource(strings = { "Bearer abc", "bearer abc", "BEARER a.b-c_d~e+f/g", "Bearer abc=", "Bearer abc==",
            "Bearer", "Bearer ", "Bearer  abc", "Bearer abc ", "Bearer abc=d", "Bearer ===", "Bearer a\u00e9",
            "Bearerabc", "Bearer\tabc", "Bearer abc\n" })
    void agreesWithSpringSecuritysPattern(String header) {
        var matcher = SPRING.matcher(header);
        var expected = matcher.matches() ? matcher.group("token") : null;

        assertThat(AuthorizationHeaderTokens.tokenOf(header)).isEqualTo(expected);
    }

    @Test
    void readsALongToken() {
        var token = "eyJ" + "x".repeat(900) + "=";

        assertThat(AuthorizationHeaderTokens.tokenOf("Bearer " + token)).isEqualTo(token);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "plain text", "caf\u00e9", "tab\there", "nul\u0000", "del\u007f", "c1\u0085",
            "\uD83D\uDE00 emoji", "lone \uD800 surrogate", "unassigned \u0378", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig" })
    void firewallPredicateAgreesWithItsPattern(String value) {
        assertThat(SecurityConfiguration.assignedAndNotControl(value))
                .isEqualTo(ASSIGNED_AND_NOT_CONTROL.matcher(value).matches());
    }
}
