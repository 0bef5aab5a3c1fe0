package dev.ballot.history;

/**
 * The fields of one event as a reader finds them, in any order, checked one by one and then as a
 * whole. Both formats name the fields alike ({@code type}, {@code f}, {@code process}, ...), so
 * JSON lines and EDN share these rules; the readers only add where the event was.
 */
final class OpDraft {
    private final SharedStrings names;
    private OpType type;
    private int process;
    private boolean hasProcess;
    private String f;
    private Object value;
    private Object key;
    private long time = Op.NO_TIME;
    private String node;
    private String error;

    /** @param names shares the strings of one history's repeated names */
    OpDraft(SharedStrings names) {
        this.names = names;
    }

    /** Forgets every field, to read the next event into the same draft. */
    OpDraft clear() {
        type = null;
        hasProcess = false;
        f = null;
        value = null;
        key = null;
        time = Op.NO_TIME;
        node = null;
        error = null;
        return this;
    }

    /**
     * Sets a field from its plain-data value ({@link Values}); unknown fields are ignored so that
     * newer writers and Jepsen's extra fields do not break reading.
     *
     * @throws Problem if the value does not fit the field
     */
    void set(String field, Object fieldValue) {
        switch (field) {
            case "type" -> type = type(fieldValue);
            case "process" -> {
                if (fieldValue instanceof Long id) {
                    setInteger(field, id);
                } else if ("nemesis".equals(fieldValue)) {
                    process = Op.NEMESIS;
                    hasProcess = true;
                } else {
                    throw badProcess(fieldValue);
                }
            }
            case "f" -> f = names.share(string(field, fieldValue));
            case "value" -> value = fieldValue;
            case "key" -> key = fieldValue;
            case "time" -> time = integer(field, fieldValue);
            case "node" -> node = fieldValue == null ? null
                    : names.share(Values.text(fieldValue));
            case "error" -> error = fieldValue == null ? null : Values.text(fieldValue);
            case "index" -> integer(field, fieldValue); // checked, but line order is the order
            default -> {
            }
        }
    }

    /**
     * Sets a field that holds an integer. The same as {@link #set} with a Long, but the fields
     * that every event has are set without boxing: reading a million events, that counts.
     */
    void setInteger(String field, long n) {
        switch (field) {
            case "process" -> {
                if (n < 0 || n > Integer.MAX_VALUE) {
                    throw badProcess(n);
                }
                process = (int) n;
                hasProcess = true;
            }
            case "time" -> time = n;
            case "index" -> {
            }
            default -> set(field, n);
        }
    }

    /**
     * The event, at position {@code index} of its history.
     *
     * @throws Problem if {@code type}, {@code f} or {@code process} is missing
     */
    Op build(long index) {
        String missing = type == null ? "type" : f == null ? "f" : !hasProcess ? "process" : null;
        if (missing != null) {
            throw new Problem("missing field \"" + missing + "\"");
        }
        return new Op(index, type, process, f, value, key, time, node, error);
    }

    private static OpType type(Object value) {
        OpType type = value instanceof String name ? OpType.fromWireName(name) : null;
        if (type == null) {
            throw new Problem("unknown type " + Values.text(value)
                    + " (expected invoke, ok, fail or info)");
        }
        return type;
    }

    private static Problem badProcess(Object value) {
        return new Problem("field \"process\" must be a non-negative integer or \"nemesis\", not "
                + Values.text(value));
    }

    private static String string(String field, Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new Problem("field \"" + field + "\" must be a string, not " + Values.text(value));
    }

    private static long integer(String field, Object value) {
        if (value instanceof Long n) {
            return n;
        }
        throw new Problem("field \"" + field + "\" must be an integer, not " + Values.text(value));
    }

    /** A field that is missing or does not fit; the reader adds the file, line and column. */
    static final class Problem extends RuntimeException {
        Problem(String message) {
            super(message, null, false, false);
        }
    }
}
