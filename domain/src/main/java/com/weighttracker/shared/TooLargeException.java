package com.weighttracker.shared;

/** The request carries more than a rule allows (a photo over 5 MB); the REST adapter answers 413. */
public final class TooLargeException extends DomainRejection {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String message) {
        super("PAYLOAD_TOO_LARGE", message);
    }
}
