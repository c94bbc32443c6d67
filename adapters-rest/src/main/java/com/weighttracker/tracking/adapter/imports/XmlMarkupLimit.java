package com.weighttracker.tracking.adapter.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import com.weighttracker.shared.InvalidInput;

/**
 * Bounds every construct of a UTF-8 XML document while it streams into the parser: a tag with its
 * attributes, the text between two tags, a comment, a CDATA section, a processing instruction and
 * the DOCTYPE with its internal subset may each be at most {@value #MAX_CONSTRUCT_MB} MB. The JDK's
 * StAX limits ({@code jdk.xml.*}) bound entity expansion, names, depth and the number of
 * attributes, but not how long an attribute value, a text or a comment is, and the parser holds
 * each whole: one attribute of 600 MB costs gigabytes. Apple Health exports hold nothing longer
 * than a few kilobytes. Reads bytes, not characters: in UTF-8 no byte of a multi-byte character
 * looks like {@code <}, {@code >} or a quote, so the parser must be told the document is UTF-8.
 */
final class XmlMarkupLimit extends FilterInputStream {

    static final int MAX_CONSTRUCT_MB = 1;
    static final long MAX_CONSTRUCT_BYTES = MAX_CONSTRUCT_MB * 1024L * 1024L;
    private static final String COMMENT_OPENER = "--";
    private static final String CDATA_OPENER = "[CDATA[";

    private enum State { TEXT, OPENED, DECLARATION_START, TAG, TAG_QUOTED, COMMENT, CDATA, PI, DOCTYPE }

    /** Inside a DOCTYPE: its internal subset may hold quoted values, comments and processing instructions. */
    private enum Inner { NONE, QUOTED, COMMENT, PI }

    private State state = State.TEXT;
    private Inner inner = Inner.NONE;
    private final StringBuilder opener = new StringBuilder();
    private int quote;
    private int depth;
    /** The three bytes before this one (most recent lowest), within the current construct. */
    private int previous1;
    private int previous2;
    private int previous3;
    private boolean forgotten;
    private long line = 1;
    private long constructLine = 1;
    private long constructLength;

    XmlMarkupLimit(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        var b = super.read();
        if (b >= 0) {
            see(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        var n = super.read(buffer, offset, length);
        for (var i = 0; i < n; i++) {
            see(buffer[offset + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("an XML document is read, not skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(int b) {
        if (b == '\n') {
            line++;
        }
        if (++constructLength > MAX_CONSTRUCT_BYTES) {
            throw InvalidInput.of("file", "Line " + constructLine + " of the XML: a tag, text, comment or "
                    + "declaration is longer than " + MAX_CONSTRUCT_MB + " MB, which no Apple Health export holds, "
                    + "so nothing was imported.");
        }
        switch (state) {
            case TEXT -> {
                if (b == '<') {
                    startConstruct(State.OPENED);
                }
            }
            case OPENED -> {
                if (b == '!') {
                    opener.setLength(0);
                    state = State.DECLARATION_START;
                } else if (b == '?') {
                    enter(State.PI);
                } else {
                    state = State.TAG;
                    tag(b);
                }
            }
            case DECLARATION_START -> declarationStart(b);
            case TAG -> tag(b);
            case TAG_QUOTED -> {
                if (b == quote) {
                    state = State.TAG;
                }
            }
            case COMMENT -> endsWith(b, '-', '-');
            case CDATA -> endsWith(b, ']', ']');
            case PI -> {
                if (b == '>' && previous1 == '?') {
                    endConstruct();
                }
            }
            case DOCTYPE -> doctype(b);
        }
        shift(b);
    }

    private void tag(int b) {
        if (b == '"' || b == '\'') {
            quote = b;
            state = State.TAG_QUOTED;
        } else if (b == '>') {
            endConstruct();
        }
    }

    /** After {@code <!}: a comment, a CDATA section, or else a declaration (the DOCTYPE). */
    private void declarationStart(int b) {
        opener.append((char) b);
        var sofar = opener.toString();
        if (sofar.equals(COMMENT_OPENER)) {
            enter(State.COMMENT);
        } else if (sofar.equals(CDATA_OPENER)) {
            enter(State.CDATA);
        } else if (!COMMENT_OPENER.startsWith(sofar) && !CDATA_OPENER.startsWith(sofar)) {
            state = State.DOCTYPE;
            inner = Inner.NONE;
            depth = 0;
            doctype(b);
        }
    }

    private void doctype(int b) {
        switch (inner) {
            case QUOTED -> {
                if (b == quote) {
                    inner = Inner.NONE;
                }
            }
            case COMMENT -> {
                if (b == '>' && previous1 == '-' && previous2 == '-') {
                    inner = Inner.NONE;
                }
            }
            case PI -> {
                if (b == '>' && previous1 == '?') {
                    inner = Inner.NONE;
                }
            }
            case NONE -> {
                if (b == '"' || b == '\'') {
                    quote = b;
                    inner = Inner.QUOTED;
                } else if (b == '[') {
                    depth++;
                } else if (b == ']') {
                    depth--;
                } else if (b == '>' && depth <= 0) {
                    endConstruct();
                } else if (b == '-' && previous1 == '-' && previous2 == '!' && previous3 == '<') {
                    inner = Inner.COMMENT;
                    forgetPrevious();
                } else if (b == '?' && previous1 == '<') {
                    inner = Inner.PI;
                    forgetPrevious();
                }
            }
        }
    }

    /** Comments end with {@code -->}, CDATA sections with {@code ]]>}. */
    private void endsWith(int b, int first, int second) {
        if (b == '>' && previous1 == second && previous2 == first) {
            endConstruct();
        }
    }

    private void enter(State construct) {
        state = construct;
        forgetPrevious();
    }

    private void startConstruct(State next) {
        state = next;
        constructLength = 1;
        constructLine = line;
    }

    private void endConstruct() {
        state = State.TEXT;
        constructLength = 0;
        constructLine = line;
        forgetPrevious();
    }

    private void shift(int b) {
        if (forgotten) {
            forgotten = false;
            return;
        }
        previous3 = previous2;
        previous2 = previous1;
        previous1 = b;
    }

    /** The bytes of an opener ({@code <!--}) must not count towards its closer ({@code -->}). */
    private void forgetPrevious() {
        previous1 = -2;
        previous2 = -2;
        previous3 = -2;
        forgotten = true;
    }
}
