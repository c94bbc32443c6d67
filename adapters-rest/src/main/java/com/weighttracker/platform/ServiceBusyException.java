package com.weighttracker.platform;

/** A bounded resource (a bulkhead, the database) could not serve the request in time: 503. */
public final class ServiceBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceBusyException(String message) {
        super(message, null, false, false);
    }
}
