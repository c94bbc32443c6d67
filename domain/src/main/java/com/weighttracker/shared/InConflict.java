package com.weighttracker.shared;

import java.util.List;

/** {@link Rejection.Kind#IN_CONFLICT}: the request clashes with the current state (a taken name, a concurrent change). */
public class InConflict extends Rejection {

    private static final long serialVersionUID = 1L;

    /** @param field the field at fault, or {@code null} when the conflict is not about one field */
    public InConflict(String field, String message) {
        this("CONFLICT", field, message);
    }

    /** A conflict a client may want to tell apart from others by its code (e.g. {@code TEAM_FULL}). */
    protected InConflict(String code, String field, String message) {
        super(Kind.IN_CONFLICT, code, message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** The field at fault, or {@code null} when the conflict is not about one field. */
    public String field() {
        return fields().isEmpty() ? null : fields().get(0).field();
    }
}
