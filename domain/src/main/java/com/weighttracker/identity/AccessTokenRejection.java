package com.weighttracker.identity;

/** Why an access token is refused; each is told to the client, none reveals more than the token holds. */
public enum AccessTokenRejection {

    /** Not ours, not well-formed, or lacking or misstating a claim we rely on. */
    INVALID("The access token is invalid."),
    /** It was ours and has run out: the client should refresh its session. */
    EXPIRED("The access token has expired: refresh the session."),
    /** The user's sessions were ended (logout everywhere, new password, account deleted) after it was issued. */
    REVOKED("The session has ended: sign in again.");

    private final String message;

    AccessTokenRejection(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
