package com.weighttracker.identity.application.port.in;

public interface RefreshSessionUseCase {

    /** Trades a refresh token for a new pair; the old one is dead, replaying it ends the session. */
    SessionTokens refresh(String refreshToken);
}
