package com.weighttracker.shared;

import static com.weighttracker.shared.Rejections.fieldErrorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "\u0000", "a\u0007b", "\u001B[31m", "\u007F", "\u0085" })
    void refusesControlCharactersInText(String text) {
        assertThat(Rules.isPlainText(text)).isFalse();
        assertThat(fieldErrorsOf(() -> Rules.plainText("notes", text))).extracting(Rejection.FieldError::field)
                .containsExactly("notes");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "line one\nline two", "a\tb", "windows\r\n", "مريم", "emoji 🏃" })
    void acceptsTabsLineBreaksAndAnyScriptInText(String text) {
        assertThat(Rules.plainText("notes", text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Anna\u202Egpj.exe", "x\u202Ay", "\u2066Anna\u2069", "a\u200Fb", "tab\there",
            "two\nlines", "nul\u0000" })
    void refusesBidirectionalControlsAndAnyControlCharacterInNames(String name) {
        assertThat(fieldErrorsOf(() -> Rules.name("displayName", name)))
                .extracting(Rejection.FieldError::field).containsExactly("displayName");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Anna", "مريم", "Ünal Çelik", "李雷" })
    void acceptsNamesInAnyScript(String name) {
        assertThat(Rules.name("displayName", name)).isEqualTo(name);
    }
}
