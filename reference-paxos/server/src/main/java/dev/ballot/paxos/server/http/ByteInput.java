package dev.ballot.paxos.server.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * A buffered input stream for one thread. HTTP heads are read a byte at a time, and
 * {@link java.io.BufferedInputStream} takes a lock for every byte; one connection is only ever
 * read by one thread, so this one takes none.
 */
public final class ByteInput extends InputStream {
    private final InputStream in;
    private final byte[] buffer;
    private int position;
    private int limit;

    public ByteInput(InputStream in, int size) {
        this.in = in;
        this.buffer = new byte[size];
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit) {
            if (length >= buffer.length) {
                return in.read(into, offset, length); // a large body: no point copying it twice
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, into, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return limit - position + in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Reads what the stream has (blocking for at least one byte); false at its end. */
    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
