package dev.ballot.synth;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.ArrayList;
import java.util.List;

/** Writes small histories by hand in tests: {@code new Events().invoke(1, "read", null).ok(1, "read", 3)}. */
final class Events {
    private final List<Op> ops = new ArrayList<>();
    private Object key;

    /** The key of the events that follow (kv histories). */
    Events key(Object k) {
        key = k;
        return this;
    }

    /** A write by {@code process} that completed ok before anything else happened. */
    Events write(int process, Object value) {
        return invoke(process, "write", value).ok(process, "write", value);
    }

    /** A read by {@code process} that returned {@code value}, with nothing else in between. */
    Events read(int process, Object value) {
        return invoke(process, "read", null).ok(process, "read", value);
    }

    Events invoke(int process, String f, Object value) {
        return add(OpType.INVOKE, process, f, value);
    }

    Events ok(int process, String f, Object value) {
        return add(OpType.OK, process, f, value);
    }

    Events fail(int process, String f, Object value) {
        return add(OpType.FAIL, process, f, value);
    }

    Events info(int process, String f, Object value) {
        return add(OpType.INFO, process, f, value);
    }

    private Events add(OpType type, int process, String f, Object value) {
        ops.add(new Op(ops.size(), type, process, f, value, key, Op.NO_TIME, null, null));
        return this;
    }

    History history() {
        return History.of(ops);
    }
}
