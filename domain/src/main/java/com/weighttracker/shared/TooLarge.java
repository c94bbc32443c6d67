package com.weighttracker.shared;

import java.util.List;

/** {@link Rejection.Kind#TOO_LARGE}: the request carries more than a rule allows (a photo over 5 MB). */
public class TooLarge extends Rejection {

    private static final long serialVersionUID = 1L;

    public TooLarge(String message) {
        super(Kind.TOO_LARGE, "PAYLOAD_TOO_LARGE", message, List.of());
    }
}
