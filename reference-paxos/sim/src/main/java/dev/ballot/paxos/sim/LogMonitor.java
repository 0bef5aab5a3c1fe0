package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.paxos.Applied;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Safety of Multi-Paxos and its state machine, checked directly. While the run goes: no two nodes
 * learn different values for one slot; every node applies commands in log order, each position
 * of the log holding the same command and result on every node (so each node's sequence is a
 * prefix of one common sequence); no request (client id, sequence number) is applied at two
 * positions. At the end, on the history: see {@link RegisterReads}.
 *
 * <p>It looks at every step of every node, so its tables are dense by slot or free of boxes.
 */
public final class LogMonitor implements Monitor {
    /** Positions order (slot, index in the slot's batch); batches are far smaller than this. */
    static final long SLOT_WIDTH = 1 << 16;
    private static final long NOTHING_APPLIED = -1;

    /** By slot, the value first learned chosen there. */
    private final List<Value> chosen = new ArrayList<>();
    private final AppliedLog log = new AppliedLog();
    private final LongTable positionOfRequest = new LongTable();
    /** By node, the position it applied last since it started, or {@link #NOTHING_APPLIED}. */
    private long[] lastApplied = new long[0];
    private final FirstProblem problems = new FirstProblem();

    static long position(Applied applied) {
        return applied.slot() * SLOT_WIDTH + applied.index();
    }

    @Override
    public void observe(int node, long incarnation, Ready ready, long now) {
        // Indexed loops: most steps learn and apply nothing, and an iterator is an allocation.
        List<Entry> learned = ready.learned();
        for (int i = 0; i < learned.size(); i++) {
            learned(node, learned.get(i), now);
        }
        List<Applied> applied = ready.applied();
        for (int i = 0; i < applied.size(); i++) {
            applied(node, applied.get(i), now);
        }
    }

    private void learned(int node, Entry entry, long now) {
        int slot = Math.toIntExact(entry.slot());
        while (chosen.size() <= slot) {
            chosen.add(null);
        }
        Value before = chosen.get(slot);
        if (before == null) {
            chosen.set(slot, entry.value());
        } else if (!before.equals(entry.value())) {
            fail("tick " + now + ": node " + node + " learned slot " + entry.slot() + " = " + entry.value()
                    + " but " + before + " was learned before");
        }
    }

    private void applied(int node, Applied applied, long now) {
        long position = position(applied);
        if (position <= lastApplied(node)) {
            fail("tick " + now + ": node " + node + " applied " + applied + " out of log order");
        }
        lastApplied[node] = position;
        Applied before = log.putIfAbsent(applied);
        if (before != null && !before.equals(applied)) {
            fail("tick " + now + ": node " + node + " applied " + applied + " where another node applied " + before);
        }
        long request = applied.command().client() * SLOT_WIDTH * SLOT_WIDTH + applied.command().seq();
        long at = positionOfRequest.putIfAbsent(request, position);
        if (at != LongTable.ABSENT && at != position) {
            fail("tick " + now + ": request " + applied.command() + " applied twice, at " + at + " and " + position);
        }
    }

    private long lastApplied(int node) {
        if (node >= lastApplied.length) {
            int known = lastApplied.length;
            lastApplied = Arrays.copyOf(lastApplied, node + 1);
            Arrays.fill(lastApplied, known, lastApplied.length, NOTHING_APPLIED);
        }
        return lastApplied[node];
    }

    @Override
    public void restarted(int node) {
        if (node < lastApplied.length) {
            lastApplied[node] = NOTHING_APPLIED;
        }
    }

    @Override
    public void check(History history) {
        String problem = new RegisterReads(log).check(history);
        if (problem != null) {
            fail(problem);
        }
    }

    private void fail(String problem) {
        problems.report(problem);
    }

    @Override
    public String violation() {
        return problems.get();
    }
}
