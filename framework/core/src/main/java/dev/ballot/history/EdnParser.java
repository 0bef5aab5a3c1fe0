package dev.ballot.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads EDN forms one at a time into plain data ({@link Values}): the subset that Jepsen and
 * Knossos histories use. Keywords and symbols become strings without the colon (a namespaced
 * {@code :a/b} keeps its namespace: {@code "a/b"}), {@code nil}/{@code true}/{@code false} become
 * null and booleans, vectors, lists and sets become lists, tagged literals such as
 * {@code #inst "..."} become the tagged value. Every error is a {@link HistoryFormatException}
 * naming the line and column, and is a syntax error: nothing here knows about operations.
 */
final class EdnParser {
    private final String source;
    private final EdnInput in;
    private final StringBuilder token = new StringBuilder();

    EdnParser(String source, EdnInput in) {
        this.source = source;
        this.in = in;
    }

    /**
     * Skips whitespace, commas, comments and {@code #_} discarded forms, and returns the first
     * character of the next form (not consumed), or {@link EdnInput#EOF}.
     */
    int peekForm() {
        while (true) {
            int c = in.peek();
            if (c == ' ' || c == ',' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                in.read();
            } else if (c == ';') {
                while (in.peek() != '\n' && in.peek() != EdnInput.EOF) {
                    in.read();
                }
            } else if (c == '#' && in.peekSecond() == '_') {
                in.read();
                in.read();
                read();
            } else {
                return c;
            }
        }
    }

    /** Reads the next form; the end of the input is an error here. */
    Object read() {
        int c = peekForm();
        long line = in.line();
        long column = in.column();
        switch (c) {
            case EdnInput.EOF:
                throw error(line, column, "unexpected end of input");
            case '[':
            case '(':
                in.read();
                return Values.list(readSeq(c == '[' ? ']' : ')', line, column));
            case '{':
                in.read();
                return readMap(line, column);
            case '"':
                in.read();
                return EdnAtoms.string(this, in, line, column);
            case '\\':
                in.read();
                return EdnAtoms.character(this, readToken(true), line, column);
            case '#':
                in.read();
                return readDispatch(line, column);
            case ')':
            case ']':
            case '}':
                throw error(line, column, "unexpected '" + (char) c + "'");
            default:
                return EdnAtoms.atom(this, readToken(false), line, column);
        }
    }

    /** The elements up to {@code close}, which is consumed. */
    List<Object> readSeq(char close, long line, long column) {
        List<Object> items = new ArrayList<>();
        while (true) {
            int c = peekForm();
            if (c == close) {
                in.read();
                return items;
            }
            if (c == EdnInput.EOF) {
                throw unclosed(close, line, column);
            }
            items.add(read());
        }
    }

    /** The error for input that ends inside a collection opened at line, column. */
    HistoryFormatException unclosed(char close, long line, long column) {
        char open = close == ']' ? '[' : close == ')' ? '(' : '{';
        return error(in.line(), in.column(), "unexpected end of input: '" + open
                + "' opened at line " + line + " column " + column + " is never closed");
    }

    private Map<Object, Object> readMap(long line, long column) {
        Map<Object, Object> map = new LinkedHashMap<>();
        while (true) {
            int c = peekForm();
            if (c == '}') {
                in.read();
                return Values.map(map);
            }
            if (c == EdnInput.EOF) {
                throw unclosed('}', line, column);
            }
            long keyLine = in.line();
            long keyColumn = in.column();
            Object key = read();
            if (peekForm() == '}') {
                throw error(keyLine, keyColumn, "map key " + Values.text(key) + " has no value");
            }
            if (map.containsKey(key)) {
                throw error(keyLine, keyColumn, "duplicate map key " + Values.text(key));
            }
            map.put(key, read());
        }
    }

    private Object readDispatch(long line, long column) {
        int c = in.peek();
        if (c == '{') {
            in.read();
            return Values.list(readSeq('}', line, column));
        }
        if (c == '#') {
            in.read();
            return EdnAtoms.symbolicValue(this, readToken(false), line, column);
        }
        String tag = readToken(false);
        if (tag.isEmpty() || !Character.isLetter(tag.charAt(0))) {
            throw error(line, column, "unsupported '#" + tag + "' dispatch");
        }
        // #inst "...", #uuid "..." and unknown tags keep the tagged value as it is.
        return read();
    }

    /**
     * The characters up to the next delimiter. A character literal takes its first character
     * whatever it is, so that {@code \(} and {@code \,} work.
     */
    private String readToken(boolean takeFirst) {
        token.setLength(0);
        if (takeFirst && in.peek() != EdnInput.EOF) {
            token.append((char) in.read());
        }
        while (true) {
            int c = in.peek();
            if (c == EdnInput.EOF || isDelimiter(c)) {
                return token.toString();
            }
            token.append((char) in.read());
        }
    }

    private static boolean isDelimiter(int c) {
        return switch (c) {
            case ' ', ',', '\n', '\r', '\t', '\f', '(', ')', '[', ']', '{', '}', '"', ';' -> true;
            default -> false;
        };
    }

    HistoryFormatException error(long line, long column, String problem) {
        return new HistoryFormatException(source, line, column, problem);
    }
}
