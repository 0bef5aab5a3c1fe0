package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The answer the killed-writer rule relies on, whatever was already read. */
class LineCountingInputStreamTest {

    static LineCountingInputStream over(String text) {
        return new LineCountingInputStream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theLastLineIsCutOffOnlyWithoutItsNewline() throws IOException {
        assertTrue(over("a\nb\nc").isCutOffLastLine(3));
        assertFalse(over("a\nb\nc").isCutOffLastLine(2));
        assertFalse(over("a\nb\nc\n").isCutOffLastLine(3));
        assertFalse(over("").isCutOffLastLine(1));
    }

    @Test
    void countsWhatWasReadBeforeAndWhatIsLeft() throws IOException {
        LineCountingInputStream in = over("a\nb\ncd");
        assertEquals('a', in.read());
        assertEquals(3, in.read(new byte[3], 0, 3));
        assertEquals(1, in.skip(1));
        assertTrue(in.isCutOffLastLine(3));
        assertEquals(0, in.skip(5));
    }
}
