package dev.ballot.paxos.server.codec;

import java.nio.charset.StandardCharsets;

/**
 * The reading half of the binary encoding ({@link Out}): every read checks that the bytes are
 * there and mean something (a boolean is 0 or 1, a count fits in what is left), so bytes from a
 * peer that speaks something else fail with {@link MalformedException} instead of allocating
 * without bound or half decoding.
 */
final class In {
    private final byte[] bytes;
    private int position;

    In(byte[] bytes) {
        this.bytes = bytes;
    }

    private void need(int count) throws MalformedException {
        if (count < 0 || bytes.length - position < count) {
            throw new MalformedException("truncated at byte " + position);
        }
    }

    int u8() throws MalformedException {
        need(1);
        return bytes[position++] & 0xff;
    }

    boolean bool() throws MalformedException {
        int value = u8();
        if (value > 1) {
            throw new MalformedException("not a boolean: " + value);
        }
        return value == 1;
    }

    int i32() throws MalformedException {
        need(4);
        int value = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16
                | (bytes[position + 2] & 0xff) << 8 | (bytes[position + 3] & 0xff);
        position += 4;
        return value;
    }

    long i64() throws MalformedException {
        return (long) i32() << 32 | (i32() & 0xffffffffL);
    }

    Long optionalI64() throws MalformedException {
        return bool() ? i64() : null;
    }

    /** A count of items that take at least {@code minBytes} each: never more than the bytes left allow. */
    int count(int minBytes) throws MalformedException {
        int count = i32();
        if (count < 0 || (long) count * minBytes > bytes.length - position) {
            throw new MalformedException("impossible count " + count + " at byte " + position);
        }
        return count;
    }

    String string() throws MalformedException {
        int length = count(1);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    /** Fails unless every byte was read: trailing bytes mean a different encoding. */
    void end() throws MalformedException {
        if (position != bytes.length) {
            throw new MalformedException((bytes.length - position) + " bytes after the end");
        }
    }
}
