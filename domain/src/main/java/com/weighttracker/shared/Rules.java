package com.weighttracker.shared;

/** Tiny guards for value-object constructors; each failure names the field and the rule. */
public final class Rules {

    private Rules() {
    }

    public static <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw InvalidInput.of(field, field + " is required");
        }
        return value;
    }

    public static String maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw InvalidInput.of(field, field + " must be at most " + max + " characters");
        }
        return value;
    }

    /**
     * Text a person typed (notes, a bio, a message): no control characters but tab and line breaks.
     * NUL above all, which PostgreSQL cannot store; the others hide text or steer terminals.
     */
    public static String plainText(String field, String value) {
        if (value != null && !isPlainText(value)) {
            throw InvalidInput.of(field, field + " must not contain control characters (tab and line "
                    + "breaks are fine)");
        }
        return value;
    }

    /** Whether {@code value} has no control character but tab, line feed and carriage return. */
    public static boolean isPlainText(String value) {
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * A name others see (a display name, a team name): one line without control characters, and
     * without the bidirectional controls that make "Anna" + RLO + "gpj.exe" read as "Annaexe.jpg".
     * Right-to-left scripts themselves are fine.
     */
    public static String name(String field, String value) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) || isBidiControl(c))) {
            throw InvalidInput.of(field, field + " must not contain control characters or "
                    + "bidirectional overrides");
        }
        return value;
    }

    private static boolean isBidiControl(int c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    public static void check(boolean condition, String field, String message) {
        if (!condition) {
            throw InvalidInput.of(field, message);
        }
    }
}
