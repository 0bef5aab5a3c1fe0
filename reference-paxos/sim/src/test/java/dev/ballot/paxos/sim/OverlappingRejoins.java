package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.paxos.Durable;
import dev.ballot.paxos.Ready;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts rejoins that overlapped another amnesiac: a node that started without its disk (it
 * persists a fresh incarnation but not its vote) and voted again while another was rejoining at
 * some point. It wraps the scenario's own monitor, so the runs are the ones the tests judge.
 */
final class OverlappingRejoins implements Monitor {
    private final Monitor inner;
    private final AtomicInteger count;
    private final Set<Integer> amnesiacs = new HashSet<>();
    private final Set<Integer> overlapped = new HashSet<>();

    private OverlappingRejoins(Monitor inner, AtomicInteger count) {
        this.inner = inner;
        this.count = count;
    }

    /** Over {@code runs} seeds from {@code first}. */
    static int count(Scenario scenario, long first, int runs) {
        AtomicInteger count = new AtomicInteger();
        Scenario counted = scenario.withMonitor(() -> new OverlappingRejoins(scenario.monitor().get(), count));
        for (long seed = first; seed < first + runs; seed++) {
            Simulation.run(counted, seed);
        }
        return count.get();
    }

    @Override
    public void observe(int node, long incarnation, Ready ready, long now) {
        inner.observe(node, incarnation, ready, now);
        boolean fresh = false;
        boolean votes = false;
        for (Durable record : ready.persist()) {
            fresh |= record instanceof Durable.Incarnation;
            votes |= record instanceof Durable.Voting;
        }
        if (fresh && !votes) {
            amnesiacs.add(node);
        } else if (votes && amnesiacs.remove(node) && overlapped.remove(node)) {
            count.incrementAndGet();
        }
        if (amnesiacs.size() > 1) {
            overlapped.addAll(amnesiacs);
        }
    }

    @Override
    public void restarted(int node) {
        inner.restarted(node);
    }

    @Override
    public void check(History history) {
        inner.check(history);
    }

    @Override
    public String violation() {
        return inner.violation();
    }
}
