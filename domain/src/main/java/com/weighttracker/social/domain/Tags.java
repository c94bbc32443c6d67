package com.weighttracker.social.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.weighttracker.shared.InvalidInput;

/**
 * A post's tags, normalised so "#Keto", "keto " and "KETO" are one tag: stripped, without a leading
 * '#', lower case; letters, digits, '_' and '-' only, 1 to {@value #MAX_LENGTH} characters, at most
 * {@value #MAX_TAGS}, duplicates counted once.
 */
public record Tags(List<String> values) {

    public static final int MAX_TAGS = 10;
    public static final int MAX_LENGTH = 30;
    public static final String FIELD = "tags";
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_-]{1," + MAX_LENGTH + "}");

    public Tags {
        values = List.copyOf(values);
    }

    public static Tags none() {
        return new Tags(List.of());
    }

    public static Tags of(Collection<String> raw) {
        if (raw == null) {
            return none();
        }
        var normalised = new LinkedHashSet<String>();
        for (var tag : raw) {
            normalised.add(normalise(tag));
        }
        if (normalised.size() > MAX_TAGS) {
            throw InvalidInput.of(FIELD, "at most " + MAX_TAGS + " tags");
        }
        return new Tags(new ArrayList<>(normalised));
    }

    /** One tag as it is stored and searched. */
    public static String normalise(String tag) {
        var value = tag == null ? "" : tag.strip();
        if (value.startsWith("#")) {
            value = value.substring(1);
        }
        value = value.toLowerCase(Locale.ROOT);
        if (!TAG.matcher(value).matches()) {
            throw InvalidInput.of(FIELD, "a tag is 1 to " + MAX_LENGTH
                    + " letters, digits, '_' or '-' (a leading '#' is dropped)");
        }
        return value;
    }
}
