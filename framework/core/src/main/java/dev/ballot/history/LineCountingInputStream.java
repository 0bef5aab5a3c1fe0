package dev.ballot.history;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the line breaks that pass through it and keeps the last byte, so that after a syntax
 * error the killed-writer rule can ask: is this the last line, and does it lack its newline?
 * Counting as the bytes pass costs one tight loop, and spares the parser a second look at them.
 */
final class LineCountingInputStream extends FilterInputStream {
    private long lineBreaks;
    private int last = -1;

    LineCountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                lineBreaks++;
            }
        }
        if (n > 0) {
            last = buffer[offset + n - 1];
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes would not be counted; read them instead.
        return Math.max(0, read(new byte[(int) Math.max(0, Math.min(n, 8192))]));
    }

    private void count(int b) {
        if (b == '\n') {
            lineBreaks++;
        }
        last = b;
    }

    /**
     * Reads the rest of the stream and says whether {@code line} (1-based) is its last line and
     * lacks a newline: what a writer killed in the middle of that line leaves.
     */
    boolean isCutOffLastLine(long line) throws IOException {
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) >= 0) {
            // counting is all that is wanted
        }
        return last != -1 && last != '\n' && line == lineBreaks + 1;
    }
}
