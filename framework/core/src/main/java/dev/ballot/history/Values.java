package dev.ballot.history;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Ballot's plain data, the only values that appear in an {@link Op}: {@code null}, {@link Long}
 * (every integer; a {@link BigInteger} only when it does not fit a long), {@link Double},
 * {@link Boolean}, {@link String}, an unmodifiable {@link List} and an unmodifiable {@link Map}
 * (both may hold nulls). Keeping to these makes values from JSON, EDN and Java code compare equal
 * when they mean the same thing, which the checkers rely on.
 */
public final class Values {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private Values() {
    }

    /**
     * Converts any value to plain data: every integral number to Long (or BigInteger beyond a
     * long), other numbers to Double, characters and char sequences to String, enums to their
     * name, collections and arrays to lists (sets keep their iteration order), maps to maps with
     * normalized keys and values. Anything else becomes its {@code toString()}.
     */
    public static Object normalize(Object value) {
        if (value == null || value instanceof Long || value instanceof String
                || value instanceof Boolean || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return integer(big);
        }
        if (value instanceof BigDecimal || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> items) {
            return list(normalizedAll(items));
        }
        if (value instanceof Object[] items) {
            return list(normalizedAll(Arrays.asList(items)));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(normalize(k), normalize(v)));
            return Collections.unmodifiableMap(copy);
        }
        return value.toString();
    }

    /** A big integer as a Long when it fits, as itself otherwise. */
    public static Object integer(BigInteger value) {
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        return value;
    }

    /**
     * Makes a list of plain data unmodifiable. Without nulls it becomes an immutable
     * {@code List.of}, which takes a third of the memory of a wrapped ArrayList for the short
     * lists (cas pairs) that fill histories.
     */
    static List<Object> list(List<Object> items) {
        for (Object item : items) {
            if (item == null) {
                return Collections.unmodifiableList(items);
            }
        }
        return List.copyOf(items);
    }

    /** Wraps a map that is already plain data, without copying it. */
    static Map<Object, Object> map(Map<Object, Object> entries) {
        return Collections.unmodifiableMap(entries);
    }

    private static List<Object> normalizedAll(Collection<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(normalize(item));
        }
        return out;
    }

    /**
     * EDN-like text of plain data, for messages: {@code nil}, strings as they are at the top and
     * quoted inside collections, lists as {@code [a b]}, maps as {@code {k v, k v}}.
     */
    public static String text(Object value) {
        return value instanceof String s ? s : nested(value);
    }

    private static String nested(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (value instanceof List<?> items) {
            StringJoiner out = new StringJoiner(" ", "[", "]");
            items.forEach(item -> out.add(nested(item)));
            return out.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            map.forEach((k, v) -> out.add(nested(k) + " " + nested(v)));
            return out.toString();
        }
        return value.toString();
    }
}
