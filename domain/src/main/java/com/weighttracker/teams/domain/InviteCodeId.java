package com.weighttracker.teams.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.Identifier;

/**
 * An invite code: {@value #LENGTH} characters of an alphabet without look-alikes (no 0/O, no 1/I),
 * 5 random bits each, so 80 bits: nobody guesses one. Read case-insensitively, shown in capitals.
 */
public record InviteCodeId(String value) implements Identifier {

    public static final int LENGTH = 16;
    /** 32 symbols: the capital letters but I and O, and the digits but 0 and 1. */
    static final String SYMBOLS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern FORM = Pattern.compile("[" + SYMBOLS + "]{" + LENGTH + "}");

    public InviteCodeId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an invite code");
        }
    }

    /** A new code from a cryptographically strong {@code random}. */
    public static InviteCodeId random(RandomGenerator random) {
        var code = new StringBuilder(LENGTH);
        for (var i = 0; i < LENGTH; i++) {
            code.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return new InviteCodeId(code.toString());
    }

    /** The code a person typed, if it has the form of one (blanks and dashes ignored, any case). */
    public static Optional<InviteCodeId> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var normalised = typed.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return FORM.matcher(normalised).matches() ? Optional.of(new InviteCodeId(normalised)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
