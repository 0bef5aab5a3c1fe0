package dev.ballot.paxos;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who a node is and how it behaves: fixed membership of nodes {@code 0 .. clusterSize-1}.
 *
 * @param id this node
 * @param clusterSize the number of nodes (acceptors) in the cluster
 * @param mutants deliberate mistakes to build in; empty for the correct protocol
 * @param timing tick counts and limits
 */
public record Config(int id, int clusterSize, Set<Mutant> mutants, Timing timing) {

    public Config {
        if (id < 0 || id >= clusterSize) {
            throw new IllegalArgumentException("node " + id + " outside a cluster of " + clusterSize);
        }
        mutants = mutants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mutants));
    }

    /** The correct protocol with default timing. */
    public static Config of(int id, int clusterSize) {
        return new Config(id, clusterSize, Set.of(), Timing.defaults());
    }

    /** Asked on every acceptance and record: the correct protocol answers without a lookup. */
    public boolean has(Mutant mutant) {
        return !mutants.isEmpty() && mutants.contains(mutant);
    }

    /** How many distinct acceptors a proposer counts as a quorum: a majority, but for a mutant. */
    public int quorum() {
        return has(Mutant.MINORITY_QUORUM) ? clusterSize / 2 : majority();
    }

    /** How many distinct acceptors make a majority (§2.1: any two majorities intersect). */
    public int majority() {
        return majorityOf(clusterSize);
    }

    /** How many of {@code clusterSize} nodes make a majority. */
    public static int majorityOf(int clusterSize) {
        return clusterSize / 2 + 1;
    }
}
