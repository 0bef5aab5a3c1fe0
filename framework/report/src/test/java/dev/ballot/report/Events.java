package dev.ballot.report;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import java.util.ArrayList;
import java.util.List;

/** Builds small timed histories for tests: each call appends one event at a time in ms. */
final class Events {
    private final List<Op> ops = new ArrayList<>();

    Events invoke(int process, String f, Object value, double ms) {
        return add(OpType.INVOKE, process, f, value, ms, null);
    }

    Events ok(int process, String f, Object value, double ms) {
        return add(OpType.OK, process, f, value, ms, null);
    }

    Events fail(int process, String f, Object value, double ms) {
        return add(OpType.FAIL, process, f, value, ms, "refused");
    }

    Events info(int process, String f, Object value, double ms) {
        return add(OpType.INFO, process, f, value, ms, "timeout");
    }

    /** A nemesis invoke and info pair, both at {@code ms}. */
    Events fault(String f, Object value, double ms) {
        return add(OpType.INVOKE, Op.NEMESIS, f, value, ms, null)
                .add(OpType.INFO, Op.NEMESIS, f, value, ms, null);
    }

    /** A nemesis invoke at {@code from} and its info at {@code to}. */
    Events fault(String f, Object value, double from, double to) {
        return add(OpType.INVOKE, Op.NEMESIS, f, value, from, null)
                .add(OpType.INFO, Op.NEMESIS, f, value, to, null);
    }

    Events add(OpType type, int process, String f, Object value, double ms, String error) {
        ops.add(new Op(ops.size(), type, process, f, value, null, (long) (ms * 1_000_000),
                process == Op.NEMESIS ? null : "n" + (1 + process % 3),
                type == OpType.OK || type == OpType.INVOKE ? null : error));
        return this;
    }

    History history() {
        return History.of(ops);
    }
}
