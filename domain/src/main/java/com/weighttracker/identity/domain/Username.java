package com.weighttracker.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

import com.weighttracker.shared.Rules;

/**
 * A public handle: 3–20 letters, digits or underscores. Kept as typed; unique regardless of case,
 * so nobody can impersonate "Anna" as "anna".
 */
public record Username(String value) implements ValueObject {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_]{3,20}$");

    public Username {
        Rules.required("username", value);
        Rules.check(FORMAT.matcher(value).matches(), "username",
                "username must be 3-20 characters: letters, digits or underscore");
    }

    public static Username of(String value) {
        return new Username(value);
    }

    /** The form uniqueness is decided on. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }
}
