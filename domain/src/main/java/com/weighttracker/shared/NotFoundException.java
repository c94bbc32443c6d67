package com.weighttracker.shared;

/** The resource does not exist, or the requester may not know that it does. */
public final class NotFoundException extends DomainRejection {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super("NOT_FOUND", message);
    }
}
