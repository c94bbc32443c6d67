package com.weighttracker.shared;

/**
 * An expected refusal of a request by the domain or a use case. Carries a stable machine-readable
 * code; the REST adapter maps each subtype to one HTTP status in one place. No stack trace is
 * captured: these are outcomes, not failures.
 */
public abstract class DomainRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected DomainRejection(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
