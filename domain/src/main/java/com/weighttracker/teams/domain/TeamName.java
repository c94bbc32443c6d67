package com.weighttracker.teams.domain;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Rules;

/**
 * A team's name (FR-3.1): 3 to 50 characters without surrounding blanks, control characters or
 * bidirectional overrides.
 * Unique regardless of case; the database's unique index on {@code lower(name)} decides that.
 */
public record TeamName(String value) implements ValueObject {

    public static final String FIELD = "name";
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 50;

    public TeamName {
        value = Rules.required(FIELD, value).strip();
        var length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw InvalidInput.of(FIELD, "name must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        Rules.name(FIELD, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
