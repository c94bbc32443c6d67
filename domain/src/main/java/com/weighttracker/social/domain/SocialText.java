package com.weighttracker.social.domain;

import java.util.regex.Pattern;

import com.weighttracker.shared.InvalidInput;
import com.weighttracker.shared.Rules;

/**
 * The plain-text rule of everything people write in social: no control characters (but tab and line
 * breaks) and no HTML, which is refused rather than stripped so the author sees exactly what others
 * will read. A lone "<" ("I lost < 1 kg") is fine; a tag, a comment or a doctype is not.
 */
public final class SocialText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]|&#?[a-zA-Z0-9]+;");

    private SocialText() {
    }

    /** Required text, stripped, at most {@code max} characters. */
    public static String required(String field, String value, int max) {
        var stripped = value == null ? null : value.strip();
        Rules.required(field, stripped);
        return optional(field, stripped, max);
    }

    /** Optional text, stripped; blank becomes null. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        Rules.maxLength(field, stripped, max);
        Rules.plainText(field, stripped);
        if (MARKUP.matcher(stripped).find()) {
            throw InvalidInput.of(field, field + " must be plain text: HTML tags and entities are not allowed");
        }
        return stripped;
    }
}
