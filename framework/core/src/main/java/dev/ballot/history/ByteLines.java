package dev.ballot.history;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, without copying them out of one growing buffer: a line is
 * {@code buffer()[start() .. start() + length())}, without its {@code \n} or {@code \r\n}. It also
 * says whether the line ended with a newline, which the killed-writer rule needs. Splitting on the
 * byte {@code \n} is safe in UTF-8, where it never occurs inside a multi-byte character.
 */
final class ByteLines {
    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int start;
    private int length;
    private long number;
    private boolean terminated;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanned = pos;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    take(i, true);
                    pos = i + 1;
                    return true;
                }
            }
            scanned = limit;
            if (eof) {
                if (pos == limit) {
                    return false;
                }
                take(limit, false);
                pos = limit;
                return true;
            }
            scanned -= pos;
            fill();
        }
    }

    private void take(int end, boolean newline) {
        start = pos;
        length = end > pos && newline && buffer[end - 1] == '\r' ? end - pos - 1 : end - pos;
        terminated = newline;
        number++;
    }

    /** Keeps the partial line at the front of the buffer, growing it for long lines. */
    private void fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }

    /** The 1-based line number. */
    long number() {
        return number;
    }

    /** Whether the line ended with a newline (only the last line of a stream may not). */
    boolean terminated() {
        return terminated;
    }

    /** Whether the line holds only spaces and tabs. */
    boolean isBlank() {
        for (int i = start; i < start + length; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
