package com.weighttracker.tracking.adapter.imports;

import javax.xml.stream.XMLStreamException;

/** An upload is larger than its format may be; nothing of it is imported. */
public final class UploadTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UploadTooLargeException(long maxBytes, String what) {
        this(what + " may be at most " + maxBytes / (1024 * 1024) + " MB.");
    }

    /** Too large in another way than its size, e.g. a zip entry that inflates beyond any real export. */
    UploadTooLargeException(String message) {
        super(message, null, false, false);
    }

    /** The exception itself, or the one among the causes of {@code failure} (parsers wrap what they read). */
    public static UploadTooLargeException in(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UploadTooLargeException tooLarge) {
                return tooLarge;
            }
            if (cause instanceof XMLStreamException xml
                    && xml.getNestedException() instanceof UploadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
