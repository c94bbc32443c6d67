package com.weighttracker.shared;

import java.util.List;

/** {@link Rejection.Kind#NOT_SIGNED_IN}: the requester could not be identified (wrong credentials, a dead or unknown token). */
public class NotSignedIn extends Rejection {

    private static final long serialVersionUID = 1L;

    public NotSignedIn(String message) {
        super(Kind.NOT_SIGNED_IN, "UNAUTHORIZED", message, List.of());
    }
}
