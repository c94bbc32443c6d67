package com.weighttracker.shared;

/** The requester could not be authenticated: wrong credentials, or a dead or unknown token. */
public final class UnauthenticatedException extends DomainRejection {

    private static final long serialVersionUID = 1L;

    public UnauthenticatedException(String message) {
        super("UNAUTHORIZED", message);
    }
}
