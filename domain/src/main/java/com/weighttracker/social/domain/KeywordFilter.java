package com.weighttracker.social.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Auto-flagging (FR-4.1.4): text containing one of the configured phrases (any case) is held for a
 * moderator's review instead of going out. Two lists: the platform's own keywords and the health
 * rail, phrases that promote unsafe weight loss ("eat 500 calories a day", "skip meals"). A held
 * item is seen by its author alone until a moderator restores it.
 */
public record KeywordFilter(List<String> phrases) {

    public KeywordFilter {
        phrases = phrases.stream().filter(Objects::nonNull).map(String::strip).filter(phrase -> !phrase.isEmpty())
                .map(phrase -> phrase.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public static KeywordFilter of(Collection<String> keywords, Collection<String> healthRail) {
        var all = new java.util.ArrayList<String>(keywords);
        all.addAll(healthRail);
        return new KeywordFilter(all);
    }

    /** Whether any of {@code texts} (nulls are skipped) contains a listed phrase. */
    public boolean flags(String... texts) {
        for (var text : texts) {
            if (text == null) {
                continue;
            }
            var lower = text.toLowerCase(Locale.ROOT);
            for (var phrase : phrases) {
                if (lower.contains(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
