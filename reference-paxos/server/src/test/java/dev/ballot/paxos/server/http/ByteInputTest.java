package dev.ballot.paxos.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Bytes come out in order whether read one at a time, in small blocks or in blocks past the buffer. */
class ByteInputTest {
    @Test
    void readsEverythingInOrder() throws Exception {
        byte[] data = new byte[10_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        InputStream in = new ByteInput(new ByteArrayInputStream(data), 16);
        byte[] out = new byte[data.length];
        int at = 0;
        for (; at < 5; at++) {
            out[at] = (byte) in.read();
        }
        at += in.readNBytes(out, at, 7);
        at += in.readNBytes(out, at, 100);
        out[at++] = (byte) in.read();
        at += in.readNBytes(out, at, data.length - at);
        assertEquals(data.length, at);
        assertArrayEquals(data, out);
        assertEquals(-1, in.read());
        assertEquals(-1, in.read(new byte[4], 0, 4));
    }
}
