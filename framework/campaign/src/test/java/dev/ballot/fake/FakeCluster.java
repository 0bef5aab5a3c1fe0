package dev.ballot.fake;

import dev.ballot.runner.Cluster;
import dev.ballot.sut.Client;
import dev.ballot.sut.NodeAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-JVM cluster for testing the runner without Docker: one linearizable store behind every
 * node, fake clients, and mechanisms that record their calls and keep the state the nemesis
 * verifies.
 */
public final class FakeCluster implements Cluster {
    public final FakeNet net = new FakeNet();
    public final FakeNodes nodes;
    public final FakeClocks clocks = new FakeClocks();
    final FakeStore store;
    final boolean misbehaving;
    private final List<String> names = new ArrayList<>();

    public FakeCluster(int size, boolean staleReads, boolean misbehaving) {
        for (int i = 1; i <= size; i++) {
            names.add("n" + i);
        }
        this.nodes = new FakeNodes(names);
        this.store = new FakeStore(staleReads);
        this.misbehaving = misbehaving;
    }

    @Override
    public List<String> nodes() {
        return names;
    }

    @Override
    public NodeAddress address(String node) {
        return new NodeAddress(node, "fake", 8080);
    }

    @Override
    public FakeNet net() {
        return net;
    }

    @Override
    public FakeNodes control() {
        return nodes;
    }

    @Override
    public FakeClocks clocks() {
        return clocks;
    }

    @Override
    public Client client(String node, Duration timeout) {
        return new FakeClient(this, node, timeout);
    }
}
