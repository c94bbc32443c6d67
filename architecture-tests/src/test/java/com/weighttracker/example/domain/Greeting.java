package com.weighttracker.example.domain;

import org.jmolecules.ddd.types.ValueObject;

/** The text of a welcome; validates itself. */
public record Greeting(String text) implements ValueObject {

    public static final int MAX_LENGTH = 200;

    public Greeting {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a greeting has 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static Greeting forMember(String displayName) {
        return new Greeting("Welcome to the team, " + displayName + "!");
    }
}
