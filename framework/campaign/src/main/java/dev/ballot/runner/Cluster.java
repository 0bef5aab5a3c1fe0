package dev.ballot.runner;

import dev.ballot.nemesis.Clocks;
import dev.ballot.nemesis.Net;
import dev.ballot.nemesis.NodeControl;
import dev.ballot.nemesis.Primaries;
import dev.ballot.sut.Client;
import dev.ballot.sut.NodeAddress;
import java.time.Duration;
import java.util.List;

/**
 * A running cluster, as the {@link Runner} sees it: its nodes, where clients reach them, the
 * mechanisms the nemesis applies faults through, and a client factory. The Docker cluster and the
 * in-process cluster ({@code dev.ballot.inprocess}) implement it; starting and tearing down the
 * cluster is their business, before and after the run.
 */
public interface Cluster {

    /** The nodes' names, in order (n1, n2, ...). */
    List<String> nodes();

    /** Where a client reaches {@code node}. */
    NodeAddress address(String node);

    Net net();

    NodeControl control();

    Clocks clocks();

    /** Who leads now, for faults aimed at the leader; by default nobody is known to. */
    default Primaries primaries() {
        return Primaries.UNKNOWN;
    }

    /** A new, unopened client for {@code node} whose requests time out after {@code timeout}. */
    Client client(String node, Duration timeout);
}
