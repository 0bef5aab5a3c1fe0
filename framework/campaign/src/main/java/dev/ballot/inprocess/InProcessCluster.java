package dev.ballot.inprocess;

import dev.ballot.runner.Cluster;
import dev.ballot.sut.Client;
import dev.ballot.sut.NodeAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster inside the harness' JVM, for running the real runner without Docker: every node
 * answers from one {@link LinearizableStore}, at once, so a campaign against it measures the
 * harness alone, and tests of the runner need no containers. Its mechanisms keep the state the
 * nemesis verifies (a grudge, process states, clock offsets) and record every call.
 */
public final class InProcessCluster implements Cluster {
    private final InProcessNet net = new InProcessNet();
    private final InProcessNodes nodes;
    private final InProcessClocks clocks = new InProcessClocks();
    private final LinearizableStore store;
    private final Flaw flaw;
    private final List<String> names = new ArrayList<>();

    /** A correct cluster of {@code size} nodes, n1 to n{@code size}. */
    public InProcessCluster(int size) {
        this(size, Flaw.NONE);
    }

    public InProcessCluster(int size, Flaw flaw) {
        for (int i = 1; i <= size; i++) {
            names.add("n" + i);
        }
        this.nodes = new InProcessNodes(names);
        this.store = new LinearizableStore(flaw == Flaw.STALE_READS);
        this.flaw = flaw;
    }

    @Override
    public List<String> nodes() {
        return names;
    }

    @Override
    public NodeAddress address(String node) {
        return new NodeAddress(node, "in-process", 0);
    }

    @Override
    public InProcessNet net() {
        return net;
    }

    @Override
    public InProcessNodes control() {
        return nodes;
    }

    @Override
    public InProcessClocks clocks() {
        return clocks;
    }

    @Override
    public Client client(String node, Duration timeout) {
        return new InProcessClient(nodes, store, flaw == Flaw.MISBEHAVING_CLIENTS, node, timeout);
    }
}
