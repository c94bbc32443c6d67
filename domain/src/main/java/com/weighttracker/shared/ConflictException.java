package com.weighttracker.shared;

/** The request clashes with the current state (a taken name, a concurrent change). */
public final class ConflictException extends DomainRejection {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        this("CONFLICT", field, message);
    }

    /** A conflict a client may want to tell apart from others by its code (e.g. {@code TEAM_FULL}). */
    public ConflictException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    /** The field at fault, or {@code null} when the conflict is not about one field. */
    public String field() {
        return field;
    }
}
