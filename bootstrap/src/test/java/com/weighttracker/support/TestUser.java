package com.weighttracker.support;

/** A registered user and the tokens of their first session. */
public record TestUser(String id, String email, String username, String password, String accessToken,
        String refreshToken) {

    public TestUser withTokens(String newAccessToken, String newRefreshToken) {
        return new TestUser(id, email, username, password, newAccessToken, newRefreshToken);
    }
}
