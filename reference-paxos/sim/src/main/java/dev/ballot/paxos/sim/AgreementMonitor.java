package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Safety of single-decree Paxos (Paxos Made Simple §2.1), checked directly: no two learners (of
 * any node, any incarnation) learn different values; the value learned was proposed; every
 * {@code propose} and every non-null {@code read} answered the decided value; and no {@code read}
 * answered null after some client had already been told the decision.
 */
public final class AgreementMonitor implements Monitor {
    private Entry decided;
    private int decidedBy;
    private final FirstProblem problems = new FirstProblem();
    private final Map<Integer, Long> learnedBy = new HashMap<>();

    @Override
    public void observe(int node, long incarnation, Ready ready, long now) {
        for (Entry entry : ready.learned()) {
            learnedBy.put(node, ((Value.Decree) entry.value()).value());
            if (decided == null) {
                decided = entry;
                decidedBy = node;
            } else if (!decided.value().equals(entry.value())) {
                fail("tick " + now + ": node " + node + " learned " + entry + " but node " + decidedBy
                        + " learned " + decided);
            }
        }
    }

    @Override
    public void check(History history) {
        Long value = decided == null ? null : ((Value.Decree) decided.value()).value();
        Set<Object> proposed = new HashSet<>();
        long toldAt = Long.MAX_VALUE;
        for (Operation op : history.operations()) {
            if (op.f().equals("propose")) {
                proposed.add(op.input());
            }
            if (op.isOk() && (op.f().equals("propose") || op.output() != null)) {
                toldAt = Math.min(toldAt, op.ret());
                if (!Objects.equals(op.output(), value)) {
                    fail("operation " + op.id() + " (" + op.f() + ") answered " + op.output() + " but "
                            + value + " was decided");
                }
            }
        }
        if (value != null && !proposed.contains(value)) {
            fail("learned " + value + ", which no client proposed");
        }
        for (Operation op : history.operations()) {
            if (op.isOk() && op.f().equals("read") && op.output() == null && op.call() > toldAt) {
                fail("read " + op.id() + " answered null after a client was told the decision at event " + toldAt);
            }
        }
    }

    /** The value {@code node} learned most recently, or null. */
    public Long learnedBy(int node) {
        return learnedBy.get(node);
    }

    private void fail(String problem) {
        problems.report(problem);
    }

    @Override
    public String violation() {
        return problems.get();
    }
}
