package com.weighttracker.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import com.weighttracker.shared.UserId;

/**
 * The caller an accepted access token speaks for, as Spring Security holds it for the request. It
 * keeps no token: nothing downstream needs one, and none can leak from here. Our tokens carry no
 * scopes and nothing is authorised by authority.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final UserId userId;
    private final String username;
    private final boolean emailVerified;

    public CallerAuthentication(UserId userId, String username, boolean emailVerified) {
        super(List.of());
        this.userId = userId;
        this.username = username;
        this.emailVerified = emailVerified;
        setAuthenticated(true);
    }

    public UserId userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    /** What the token says; a session refreshed after verifying says {@code true}. */
    public boolean emailVerified() {
        return emailVerified;
    }

    @Override
    public UserId getPrincipal() {
        return userId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return userId.toString();
    }
}
