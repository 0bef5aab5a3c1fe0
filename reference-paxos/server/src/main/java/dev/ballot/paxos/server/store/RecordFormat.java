package dev.ballot.paxos.server.store;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The framing of one durable record: a 4-byte big-endian payload length, a 4-byte CRC32C of the
 * length's four bytes followed by the payload, then the payload. The checksum covers the length
 * too, so a torn or flipped length is caught as surely as a torn payload.
 */
public final class RecordFormat {
    /** Bytes before the payload. */
    public static final int HEADER = 8;
    /** No record is larger: a longer length is corruption, not a record. */
    public static final int MAX_PAYLOAD = 256 << 20;

    private RecordFormat() {
    }

    public static ByteBuffer encodeAll(List<byte[]> payloads) {
        int total = 0;
        for (byte[] payload : payloads) {
            total += HEADER + payload.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(total);
        payloads.forEach(payload -> encode(payload, buffer));
        return buffer.flip();
    }

    static void encode(byte[] payload, ByteBuffer into) {
        into.putInt(payload.length);
        into.putInt(checksum(payload.length, payload));
        into.put(payload);
    }

    /**
     * Decodes records from {@code buffer} into {@code into} until the first one that is
     * incomplete or fails its checksum; returns how many bytes the intact records take.
     */
    public static long decodeAll(ByteBuffer buffer, List<byte[]> into) {
        int intact = buffer.position();
        while (buffer.remaining() >= HEADER) {
            int length = buffer.getInt();
            int crc = buffer.getInt();
            if (length < 0 || length > MAX_PAYLOAD || length > buffer.remaining()) {
                break;
            }
            byte[] payload = new byte[length];
            buffer.get(payload);
            if (checksum(length, payload) != crc) {
                break;
            }
            into.add(payload);
            intact = buffer.position();
        }
        return intact;
    }

    private static int checksum(int length, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(4).putInt(0, length));
        crc.update(payload);
        return (int) crc.getValue();
    }
}
