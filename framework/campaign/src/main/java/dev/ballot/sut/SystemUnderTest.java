package dev.ballot.sut;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * A consensus system Ballot can test: how its image is built, how a node starts, where its
 * durable state lives, and how a client talks to it. The reference Paxos is one implementation;
 * third-party systems plug in through the same interface, so nothing else in Ballot may assume the
 * reference implementation.
 *
 * <p>Everything here is data or a factory; starting containers, cutting links and so on is the
 * cluster's job, which reads this description. A {@link SystemProvider} makes one for each
 * campaign, for its workload and variant.
 */
public interface SystemUnderTest {

    /** A short name for logs, labels and results, e.g. {@code reference-paxos}. */
    String name();

    /** The workloads its clients support: {@code register}, {@code agreement}. */
    Set<String> workloads();

    /** How the node image is built. */
    ImageRecipe image();

    /** How one node starts. */
    NodeSpec node();

    /**
     * A new, unopened client for one node. Its requests time out after {@code timeout}; see
     * {@link Client} for how outcomes map.
     */
    Client client(NodeAddress address, Duration timeout);

    /**
     * An optional capability: the nodes that now take themselves for the leader (Jepsen's
     * primaries), asked of the nodes at {@code addresses}, each within {@code timeout}. The
     * nemesis aims some faults at them, since a leader that lost its leadership without noticing
     * is where many bugs show. A node that does not answer is left out; by default, a system
     * names no leader and those faults go to a random node.
     */
    default List<String> primaries(List<NodeAddress> addresses, Duration timeout) {
        return List.of();
    }
}
