package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.history.Operation;
import dev.ballot.paxos.Applied;
import dev.ballot.paxos.Entry;
import dev.ballot.paxos.Ready;
import dev.ballot.paxos.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * Safety of Multi-Paxos and its state machine, checked directly. While the run goes: no two nodes
 * learn different values for one slot; every node applies commands in log order, each position
 * of the log holding the same command and result on every node (so each node's sequence is a
 * prefix of one common sequence); no request (client id, sequence number) is applied at two
 * positions. At the end, on the history: see {@link RegisterReads}.
 */
public final class LogMonitor implements Monitor {
    /** Positions order (slot, index in the slot's batch); batches are far smaller than this. */
    static final long SLOT_WIDTH = 1 << 16;

    private final Map<Long, Value> chosen = new HashMap<>();
    private final Map<Long, Applied> log = new HashMap<>();
    private final Map<Long, Long> positionOfRequest = new HashMap<>();
    private final Map<Integer, Long> lastApplied = new HashMap<>();
    private final FirstProblem problems = new FirstProblem();

    @Override
    public void observe(int node, long incarnation, Ready ready, long now) {
        for (Entry entry : ready.learned()) {
            Value before = chosen.putIfAbsent(entry.slot(), entry.value());
            if (before != null && !before.equals(entry.value())) {
                fail("tick " + now + ": node " + node + " learned slot " + entry.slot() + " = " + entry.value()
                        + " but " + before + " was learned before");
            }
        }
        for (Applied applied : ready.applied()) {
            long position = applied.slot() * SLOT_WIDTH + applied.index();
            if (position <= lastApplied.getOrDefault(node, -1L)) {
                fail("tick " + now + ": node " + node + " applied " + applied + " out of log order");
            }
            lastApplied.put(node, position);
            Applied before = log.putIfAbsent(position, applied);
            if (before != null && !before.equals(applied)) {
                fail("tick " + now + ": node " + node + " applied " + applied + " where another node applied " + before);
            }
            long request = applied.command().client() * SLOT_WIDTH * SLOT_WIDTH + applied.command().seq();
            Long at = positionOfRequest.putIfAbsent(request, position);
            if (at != null && at != position) {
                fail("tick " + now + ": request " + applied.command() + " applied twice, at " + at + " and " + position);
            }
        }
    }

    @Override
    public void restarted(int node) {
        lastApplied.remove(node);
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
