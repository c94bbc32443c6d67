package com.weighttracker.shared;

/** Tiny guards for value-object constructors; each failure names the field and the rule. */
public final class Rules {

    private Rules() {
    }

    public static <T> T required(String field, T value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw InvalidInputException.of(field, field + " is required");
        }
        return value;
    }

    public static String maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw InvalidInputException.of(field, field + " must be at most " + max + " characters");
        }
        return value;
    }

    public static void check(boolean condition, String field, String message) {
        if (!condition) {
            throw InvalidInputException.of(field, message);
        }
    }
}
