package com.weighttracker.shared;

import java.util.List;

/** {@link Rejection.Kind#NOT_PERMITTED}: the requester is known but may not do this. */
public class NotPermitted extends Rejection {

    private static final long serialVersionUID = 1L;

    public NotPermitted(String message) {
        this("FORBIDDEN", message);
    }

    protected NotPermitted(String code, String message) {
        super(Kind.NOT_PERMITTED, code, message, List.of());
    }

    /** The rule of every context whose features need a verified e-mail address. */
    public static NotPermitted emailNotVerified() {
        return new NotPermitted("EMAIL_NOT_VERIFIED",
                "Please verify your e-mail address first: this needs a verified account.");
    }
}
