package dev.ballot.paxos.server.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable big-endian byte buffer, the writing half of the binary encoding ({@link In} reads
 * it back). Like {@code DataOutputStream} over a {@code ByteArrayOutputStream}, without the
 * synchronization and the copy at the end. Not thread-safe: one per encoding.
 */
final class Out {
    private byte[] bytes;
    private int size;

    Out(int capacity) {
        bytes = new byte[capacity];
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    void u8(int value) {
        room(1);
        bytes[size++] = (byte) value;
    }

    void bool(boolean value) {
        u8(value ? 1 : 0);
    }

    void i32(int value) {
        room(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void i64(long value) {
        i32((int) (value >>> 32));
        i32((int) value);
    }

    /** A long that may be null: a presence byte, then the value if present. */
    void optionalI64(Long value) {
        bool(value != null);
        if (value != null) {
            i64(value);
        }
    }

    void string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        i32(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
