package com.weighttracker.platform.adapter.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.weighttracker.shared.InvalidInput;

/** Parsing of query and path parameters into values, with the error envelope's field names. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, field + " must be a UUID");
        }
    }

    /** A whole number, or null when absent. */
    public static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, field + " must be a whole number");
        }
    }

    /** A case-insensitive enum constant, or null when absent. */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            var allowed = Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw InvalidInput.of(field, field + " must be one of: " + allowed);
        }
    }
}
