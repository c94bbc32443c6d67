package com.weighttracker.platform.adapter.rest;

import java.util.Optional;

import com.weighttracker.shared.Patch;

/**
 * JSON merge patch (RFC 7396) request bodies: a class with {@code Optional} fields, which Jackson
 * leaves null when a field is absent and sets to empty when it is sent as null.
 */
public final class MergePatch {

    private MergePatch() {
    }

    /** Absent: unchanged; null: cleared; a value: set. */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    public static <T> Patch<T> field(Optional<T> field) {
        return field == null ? Patch.unchanged() : Patch.to(field.orElse(null));
    }
}
