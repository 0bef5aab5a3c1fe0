package dev.ballot.history;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Characters from a reader through a small buffer, with the 1-based line and column of the next
 * character. Reading through a buffer rather than a whole-file string keeps memory flat on long
 * histories.
 */
final class EdnInput {
    static final int EOF = -1;

    private final Reader reader;
    private final char[] buffer = new char[8192];
    private int pos;
    private int limit;
    private long line = 1;
    private long column = 1;
    private int last = EOF;

    EdnInput(Reader reader) {
        this.reader = reader;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }

    /** The next character without consuming it, or {@link #EOF}. */
    int peek() {
        if (pos == limit && !fill(1)) {
            return EOF;
        }
        return buffer[pos];
    }

    /** The character after the next one, or {@link #EOF}: enough look-ahead for {@code #_}. */
    int peekSecond() {
        if (limit - pos < 2 && !fill(2)) {
            return EOF;
        }
        return buffer[pos + 1];
    }

    /** Consumes the next character and returns it, or {@link #EOF}. */
    int read() {
        int c = peek();
        if (c == EOF) {
            return EOF;
        }
        pos++;
        last = c;
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /**
     * Consumes everything left and says whether the input ends in the middle of its last line:
     * no line break from here on, and none as the very last character. After a syntax error this
     * tells what a killed writer leaves from damage in the middle of a file.
     */
    boolean endsInCutOffLine() {
        while (peek() != EOF) {
            if (read() == '\n') {
                return false;
            }
        }
        return last != '\n';
    }

    /** Makes at least {@code wanted} characters available, unless the reader ends first. */
    private boolean fill(int wanted) {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        try {
            while (limit < wanted) {
                int n = reader.read(buffer, limit, buffer.length - limit);
                if (n < 0) {
                    return false;
                }
                limit += n;
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
