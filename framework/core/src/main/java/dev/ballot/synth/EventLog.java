package dev.ballot.synth;

import dev.ballot.history.History;
import dev.ballot.history.Op;
import dev.ballot.history.OpType;
import dev.ballot.history.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of a history in the order they are generated, and which invocation each completion
 * belongs to. Unlike a {@link History} it can still be amended (a planted read), and it pairs
 * events by operation id, which is faster than pairing them by process.
 */
final class EventLog {
    private final List<Op> events;
    private final List<Op> invokes;
    private final List<Op> completions;

    EventLog(int expectedOperations) {
        events = new ArrayList<>(2 * expectedOperations);
        invokes = new ArrayList<>(expectedOperations);
        completions = new ArrayList<>(expectedOperations);
    }

    /** Records an invocation; returns the new operation's id. */
    int invoke(int process, String f, Object value, Object key) {
        Op op = new Op(events.size(), OpType.INVOKE, process, f, value, key, Op.NO_TIME, null, null);
        events.add(op);
        invokes.add(op);
        completions.add(null);
        return invokes.size() - 1;
    }

    /** Records the completion of operation {@code id}. */
    void complete(int id, OpType type, Object value) {
        Op invoke = invokes.get(id);
        Op op = new Op(events.size(), type, invoke.process(), invoke.f(), value, invoke.key(), Op.NO_TIME,
                null, null);
        events.add(op);
        completions.set(id, op);
    }

    /** Replaces the value that operation {@code id}'s completion reports, keeping its place. */
    void replaceCompletionValue(int id, Object value) {
        Op old = completions.get(id);
        Op op = new Op(old.index(), old.type(), old.process(), old.f(), value, old.key(), old.time(),
                old.node(), old.error());
        events.set((int) old.index(), op);
        completions.set(id, op);
    }

    /** The operations so far, in invocation order. */
    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>(invokes.size());
        for (int id = 0; id < invokes.size(); id++) {
            operations.add(new Operation(id, invokes.get(id), completions.get(id)));
        }
        return operations;
    }

    History toHistory() {
        return new History(events, operations());
    }
}
