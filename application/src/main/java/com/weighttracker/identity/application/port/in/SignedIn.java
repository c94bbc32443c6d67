package com.weighttracker.identity.application.port.in;

/** A user who just proved who they are, with the tokens of their new session. */
public record SignedIn(AccountView user, SessionTokens tokens) {
}
