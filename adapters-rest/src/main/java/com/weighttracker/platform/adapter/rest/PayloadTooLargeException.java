package com.weighttracker.platform.adapter.rest;

/** A request body is larger than the endpoint accepts: 413 with this message. */
public final class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(long maxBytes) {
        this("The request body is larger than " + maxBytes + " bytes.");
    }

    /** @param message what is too large and what the limit is, for the client */
    public PayloadTooLargeException(String message) {
        super(message, null, false, false);
    }
}
