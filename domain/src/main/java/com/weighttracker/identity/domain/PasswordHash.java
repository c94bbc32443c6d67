package com.weighttracker.identity.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** A one-way hash of a password, in the hasher's own encoding. Never the password itself. */
public record PasswordHash(String value) implements ValueObject {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
