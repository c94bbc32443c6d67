package com.weighttracker.shared.application;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The name of a blob: segments joined by {@code /}, each of ASCII letters, digits, {@code .},
 * {@code _} and {@code -}, starting and ending with a letter or digit. So a key maps safely to a
 * path under a directory or to an object name in a bucket: no {@code ..} or {@code .}, no
 * absolute path, no backslash, drive letter or empty segment, nothing a file system reads twice.
 * Keys are made by the application (from ids), never taken from a request.
 */
public record BlobKey(String value) {

    public static final int MAX_LENGTH = 512;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9])?");

    public BlobKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a blob key has 1 to " + MAX_LENGTH + " characters");
        }
        for (var segment : value.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("not a safe blob key segment: '" + printable(segment) + "'");
            }
        }
    }

    /** A key from its segments, e.g. {@code of("entry-photos", userId, entryId, photoId)}. */
    public static BlobKey of(Object... segments) {
        return new BlobKey(Arrays.stream(segments).map(String::valueOf).collect(Collectors.joining("/")));
    }

    public List<String> segments() {
        return List.of(value.split("/"));
    }

    @Override
    public String toString() {
        return value;
    }

    private static String printable(String segment) {
        return segment.codePoints().mapToObj(c -> c < 0x20 || c == 0x7F ? "?" : Character.toString(c))
                .collect(Collectors.joining());
    }
}
