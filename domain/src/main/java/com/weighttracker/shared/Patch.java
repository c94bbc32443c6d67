package com.weighttracker.shared;

import java.util.function.Function;

/**
 * One field of a partial update: left alone, or set to a value ({@code null} clears it). Tells
 * "not sent" apart from "sent as null", which JSON merge patch needs.
 */
public final class Patch<T> {

    private static final Patch<?> UNCHANGED = new Patch<>(false, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> unchanged() {
        return (Patch<T>) UNCHANGED;
    }

    public static <T> Patch<T> to(T value) {
        return new Patch<>(true, value);
    }

    public boolean isPresent() {
        return present;
    }

    public T value() {
        return value;
    }

    /** The new value if this patch sets one, else {@code current}. */
    public T applyTo(T current) {
        return present ? value : current;
    }

    /** Converts the value (not null) while keeping "unchanged" and "cleared" as they are. */
    public <R> Patch<R> map(Function<T, R> converter) {
        if (!present) {
            return unchanged();
        }
        return to(value == null ? null : converter.apply(value));
    }
}
