package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Equal strings come back as one instance, from characters or from strings, up to a bound. */
class SharedStringsTest {

    @Test
    void charactersAndStringsFindTheSameCopy() {
        SharedStrings strings = new SharedStrings();
        char[] buffer = "xxreadyy".toCharArray();

        String first = strings.share(buffer, 2, 4);
        assertEquals("read", first);
        assertSame(first, strings.share(new String("read")));
        assertSame(first, strings.share("__read".toCharArray(), 2, 4));
        assertEquals("", strings.share(buffer, 0, 0));
    }

    @Test
    void staysBoundedAndCorrectWhenFull() {
        SharedStrings strings = new SharedStrings();
        for (int i = 0; i < 10_000; i++) {
            assertEquals("v" + i, strings.share("v" + i));
        }
        String late = new String("v9999");
        assertSame(late, strings.share(late));
        assertNotSame(late, strings.share(new String("v9999")));
        assertEquals("v1", strings.share(new String("v1")));
        assertSame(strings.share("v1"), strings.share(new String("v1")));
    }
}
