package dev.ballot.history;

/**
 * One copy of each string a history repeats: operation names, node names, types. A million-event
 * history names a handful of each, and a new string per event would take a quarter of its memory
 * and a fair part of the reading time. Looking characters up before making a string spares the
 * JSON reader that allocation too.
 *
 * <p>An open-addressing table of at most {@value #LIMIT} strings; once it is full, strings that are
 * not in it are returned unshared, so a history of unique values cannot make it grow.
 */
final class SharedStrings {
    private static final int LIMIT = 4096;
    private final String[] table = new String[LIMIT * 2];
    private int size;

    /** The shared copy of {@code text}, or {@code text} itself. */
    String share(String text) {
        int slot = slot(text.hashCode());
        for (String known = table[slot]; known != null; known = table[slot]) {
            if (known.equals(text)) {
                return known;
            }
            slot = next(slot);
        }
        return remember(slot, text);
    }

    /** The shared string of these characters, made only if it is not there yet. */
    String share(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i]; // String.hashCode, so both lookups agree
        }
        int slot = slot(hash);
        for (String known = table[slot]; known != null; known = table[slot]) {
            if (sameCharacters(known, chars, offset, length)) {
                return known;
            }
            slot = next(slot);
        }
        return remember(slot, new String(chars, offset, length));
    }

    private String remember(int slot, String text) {
        if (size < LIMIT) {
            table[slot] = text;
            size++;
        }
        return text;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (table.length - 1);
    }

    private int next(int slot) {
        return (slot + 1) & (table.length - 1);
    }

    private static boolean sameCharacters(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
