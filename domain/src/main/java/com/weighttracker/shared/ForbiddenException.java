package com.weighttracker.shared;

/** The requester is known but may not do this. */
public final class ForbiddenException extends DomainRejection {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String code, String message) {
        super(code, message);
    }

    public static ForbiddenException forbidden(String message) {
        return new ForbiddenException("FORBIDDEN", message);
    }

    public static ForbiddenException emailNotVerified() {
        return new ForbiddenException("EMAIL_NOT_VERIFIED",
                "Please verify your e-mail address first: this needs a verified account.");
    }
}
