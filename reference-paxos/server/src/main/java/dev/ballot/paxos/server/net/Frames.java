package dev.ballot.paxos.server.net;

import dev.ballot.paxos.server.codec.MalformedException;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Peer frames: a 4-byte big-endian length, then that many bytes of payload (one encoded
 * {@code Envelope}). TCP keeps the order and integrity of bytes on one connection, so frames
 * carry no checksum; a length outside {@code 0..}{@value #MAX_PAYLOAD} means the peer speaks
 * something else, and the connection is dropped.
 */
public final class Frames {
    public static final int MAX_PAYLOAD = 64 << 20;

    private Frames() {
    }

    public static void write(DataOutputStream out, byte[] payload) throws IOException {
        out.writeInt(payload.length);
        out.write(payload);
    }

    /**
     * Reads one frame; null if the stream ended cleanly between frames. A stream that ends inside
     * a frame is an {@link EOFException}; a bad length is a {@link MalformedException}.
     */
    public static byte[] read(DataInputStream in) throws IOException, MalformedException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int length = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8)
                | in.readUnsignedByte();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new MalformedException("frame length " + length);
        }
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }
}
