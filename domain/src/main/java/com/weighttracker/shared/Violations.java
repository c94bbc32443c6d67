package com.weighttracker.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every broken rule of a request before failing, so a client learns about all of its
 * mistakes at once. Value objects validate themselves; this only gathers their verdicts per field.
 */
public final class Violations {

    private final List<Rejection.FieldError> errors = new ArrayList<>();

    /** Builds a value with {@code factory}; records its rejection under {@code field}. */
    public <T> T check(String field, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidInput rejection) {
            rejection.fields().forEach(error -> errors.add(
                    new Rejection.FieldError(prefixed(field, error.field()), error.message())));
            return null;
        }
    }

    public void add(String field, String message) {
        errors.add(new Rejection.FieldError(field, message));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String prefixed(String field, String inner) {
        return inner == null || inner.isEmpty() || inner.equals(field) ? field : inner;
    }
}
