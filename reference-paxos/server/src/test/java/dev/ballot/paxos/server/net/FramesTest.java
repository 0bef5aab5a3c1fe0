package dev.ballot.paxos.server.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballot.paxos.server.codec.MalformedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FramesTest {

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    private static byte[] framed(byte[]... payloads) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (byte[] payload : payloads) {
            Frames.write(out, payload);
        }
        return bytes.toByteArray();
    }

    @Test
    void framesRoundTripUntilACleanEnd() throws Exception {
        DataInputStream in = input(framed(new byte[] {1, 2, 3}, new byte[0], new byte[70_000]));
        assertArrayEquals(new byte[] {1, 2, 3}, Frames.read(in));
        assertArrayEquals(new byte[0], Frames.read(in));
        assertArrayEquals(new byte[70_000], Frames.read(in));
        assertNull(Frames.read(in));
    }

    @Test
    void aStreamThatEndsInsideAFrameIsAnEof() throws IOException {
        byte[] whole = framed(new byte[] {1, 2, 3});
        for (int cut = 1; cut < whole.length; cut++) {
            DataInputStream in = input(Arrays.copyOf(whole, cut));
            assertThrows(EOFException.class, () -> Frames.read(in), "cut at " + cut);
        }
    }

    @Test
    void anImpossibleLengthIsMalformed() {
        assertThrows(MalformedException.class, () -> Frames.read(input(new byte[] {(byte) 0xff, 0, 0, 0, 1})));
        assertThrows(MalformedException.class, () -> Frames.read(input("GET / HTTP/1.1\r\n".getBytes())));
    }
}
