package com.weighttracker.shared;

/** The request clashes with the current state (a taken name, a concurrent change). */
public final class ConflictException extends DomainRejection {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String field, String message) {
        super("CONFLICT", message);
        this.field = field;
    }

    /** The field at fault, or {@code null} when the conflict is not about one field. */
    public String field() {
        return field;
    }
}
