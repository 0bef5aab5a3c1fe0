package dev.ballot.model;

import dev.ballot.history.Operation;
import java.util.List;
import java.util.stream.Collectors;

/** Readable renderings of values and operations, shared by models and reports. */
public final class Describe {
    private Describe() {
    }

    public static String value(Object value) {
        if (value == null) {
            return "nil";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Describe::value).collect(Collectors.joining(" ", "[", "]"));
        }
        return value.toString();
    }

    /** For example {@code p3 write 4 ok}, {@code p1 read -> 3 ok}, {@code p2 cas [1 2] info}. */
    public static String operation(Operation op) {
        StringBuilder text = new StringBuilder();
        text.append('p').append(op.process()).append(' ');
        if (op.key() != null) {
            text.append(value(op.key())).append(' ');
        }
        text.append(op.f());
        if (op.isOk() && !java.util.Objects.equals(op.input(), op.output())) {
            if (op.input() != null) {
                text.append(' ').append(value(op.input()));
            }
            text.append(" -> ").append(value(op.output()));
        } else if (op.input() != null) {
            text.append(' ').append(value(op.input()));
        }
        return text.append(' ').append(op.outcome().wireName()).toString();
    }
}
