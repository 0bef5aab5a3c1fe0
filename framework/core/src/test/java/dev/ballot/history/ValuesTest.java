package dev.ballot.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Values from anywhere become the same plain data. */
class ValuesTest {

    @Test
    void numbers() {
        assertEquals(3L, Values.normalize(3));
        assertEquals(3L, Values.normalize((short) 3));
        assertEquals(3L, Values.normalize(BigInteger.valueOf(3)));
        BigInteger big = BigInteger.TWO.pow(70);
        assertEquals(big, Values.normalize(big));
        assertEquals(1.5, Values.normalize(1.5f));
        assertEquals(0.25, Values.normalize(new BigDecimal("0.25")));
    }

    @Test
    void textAndOthers() {
        assertEquals("a", Values.normalize('a'));
        assertEquals("ab", Values.normalize(new StringBuilder("ab")));
        assertEquals("INVOKE", Values.normalize(OpType.INVOKE));
        assertEquals(true, Values.normalize(true));
        assertEquals(null, Values.normalize(null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void collectionsAreNormalizedAndUnmodifiable() {
        Object list = Values.normalize(Arrays.asList(1, null, List.of(2)));
        assertEquals(Arrays.asList(1L, null, List.of(2L)), list);
        assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) list).add(3L));

        assertEquals(List.of(1L, 2L), Values.normalize(new LinkedHashSet<>(List.of(1, 2))));
        assertEquals(List.of(1L, 2L), Values.normalize(new Integer[] {1, 2}));

        Object map = Values.normalize(new TreeMap<>(Map.of(1, List.of(2))));
        assertEquals(Map.of(1L, List.of(2L)), map);
        assertThrows(UnsupportedOperationException.class,
                () -> ((Map<Object, Object>) map).put(3L, 4L));
    }

    @Test
    void textRendersLikeEdn() {
        assertEquals("timeout", Values.text("timeout"));
        assertEquals("nil", Values.text(null));
        assertEquals("[1 \"a\" nil]", Values.text(Arrays.asList(1L, "a", null)));
        assertEquals("{\"t\" [18 4]}", Values.text(Map.of("t", List.of(18L, 4L))));
    }
}
