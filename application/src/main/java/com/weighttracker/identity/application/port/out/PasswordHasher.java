package com.weighttracker.identity.application.port.out;

import com.weighttracker.identity.domain.PasswordHash;

/** A slow, salted one-way hash (bcrypt). Implementations bound how many run at once. */
public interface PasswordHasher {

    PasswordHash hash(String password);

    boolean matches(String password, PasswordHash hash);
}
