package com.weighttracker.tracking.adapter.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A header row: column names, compared trimmed and case-insensitively, to their positions. */
final class Header {

    private final Map<String, Integer> columns = new HashMap<>();

    private Header(List<String> names) {
        for (var i = 0; i < names.size(); i++) {
            columns.putIfAbsent(normalized(names.get(i)), i);
        }
    }

    static Header of(List<String> names) {
        return new Header(names);
    }

    /** The position of the first of {@code names} that is a column, or -1. */
    int index(String... names) {
        for (var name : names) {
            var index = columns.get(normalized(name));
            if (index != null) {
                return index;
            }
        }
        return -1;
    }

    boolean has(String... names) {
        return index(names) >= 0;
    }

    /** The first column whose name starts with {@code prefix}, or null. */
    String nameStartingWith(String prefix) {
        var wanted = normalized(prefix);
        return columns.keySet().stream().filter(name -> name.startsWith(wanted)).findFirst().orElse(null);
    }

    static String normalized(String name) {
        var value = name.strip();
        if (value.startsWith("\uFEFF")) {
            value = value.substring(1);
        }
        if (value.startsWith("#")) {
            value = value.substring(1);
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
