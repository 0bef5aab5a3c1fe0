package dev.ballot.nemesis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The mechanism that cuts links between nodes: iptables inside containers for Docker, dropped
 * messages for the simulator. Every method either does what it says or throws; a failure is never
 * swallowed, because a fault that silently did not happen makes a run look safer than it is.
 *
 * <p>Links between the harness and the nodes (client traffic) are never cut: a partition isolates
 * nodes from each other, as in Jepsen.
 */
public interface Net {

    /** Makes the network drop exactly what the grudge says, replacing any earlier cut. */
    void cut(Grudge grudge);

    /** Removes every cut and every packet-loss rule. Idempotent. */
    void heal();

    /**
     * Makes each of {@code nodes} drop incoming packets from the other nodes with the given
     * probability. Loss cannot be probed reliably, so an implementation must check that its rules
     * are in place (read them back) and throw if not.
     */
    void loss(List<String> nodes, double probability);

    /**
     * Probes one link now: does a packet that {@code link.from()} sends reach {@code link.to()}?
     * Must answer within a few seconds, and must observe the direction asked for (a TCP connect
     * cannot tell a one-way cut from a two-way one; a datagram seen by the receiver can).
     */
    boolean delivers(Link link);

    /**
     * Probes every link between {@code nodes} and returns those that disagree with
     * {@code expected}: a link the grudge cuts that still delivers, or one it keeps that does not.
     * An empty list means the cut holds. Implementations may probe in parallel.
     */
    default List<Link> verify(Grudge expected, Collection<String> nodes) {
        List<Link> wrong = new ArrayList<>();
        for (String from : nodes) {
            for (String to : nodes) {
                Link link = new Link(from, to);
                if (!from.equals(to) && delivers(link) != expected.delivers(from, to)) {
                    wrong.add(link);
                }
            }
        }
        return wrong;
    }
}
