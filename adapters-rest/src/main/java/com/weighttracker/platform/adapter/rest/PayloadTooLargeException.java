package com.weighttracker.platform.adapter.rest;

/** A request body is larger than the endpoint accepts. */
final class PayloadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes.", null, false, false);
    }
}
