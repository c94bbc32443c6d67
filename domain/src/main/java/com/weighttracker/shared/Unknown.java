package com.weighttracker.shared;

import java.util.List;

/** {@link Rejection.Kind#UNKNOWN}: the thing asked for does not exist, or the requester may not know that it does. */
public class Unknown extends Rejection {

    private static final long serialVersionUID = 1L;

    public Unknown(String message) {
        this("NOT_FOUND", message);
    }

    protected Unknown(String code, String message) {
        super(Kind.UNKNOWN, code, message, List.of());
    }
}
