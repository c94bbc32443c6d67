package com.weighttracker.shared;

import java.util.List;
import java.util.Objects;

/**
 * An expected refusal: a rule of the domain or a use case is broken. Each context names its rules
 * as subclasses of one of the kinds below ({@code teams.domain.TeamRejections.TeamFull} is an
 * {@link InConflict}); the kind says what happened in the domain's words, the code is the stable
 * machine-readable name clients see, and the REST adapter maps each {@link Kind} to one HTTP status
 * in one table (ADR 17). No stack trace is captured: these are outcomes, not failures.
 */
public abstract class Rejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What happened, in the domain's words; never an HTTP status. */
    public enum Kind {
        /** The thing asked for does not exist, or the requester may not know that it does. */
        UNKNOWN,
        /** The requester is known but may not do this. */
        NOT_PERMITTED,
        /** The request clashes with the current state (a taken name, a full team). */
        IN_CONFLICT,
        /** One or more values of the request break a rule. */
        INVALID,
        /** The request carries more than a rule allows. */
        TOO_LARGE,
        /** The requester could not be identified: wrong credentials, a dead or unknown token. */
        NOT_SIGNED_IN
    }

    /** A rule broken by one field of the request. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final String code;
    private final transient List<FieldError> fields;

    protected Rejection(Kind kind, String code, String message, List<FieldError> fields) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.fields = List.copyOf(fields);
    }

    public final Kind kind() {
        return kind;
    }

    /** The stable machine-readable code clients see ({@code TEAM_FULL}, {@code NOT_FOUND}, …). */
    public final String code() {
        return code;
    }

    /** The fields at fault, in order; empty when the refusal is not about particular fields. */
    public final List<FieldError> fields() {
        return fields;
    }
}
