package dev.ballot.paxos.role;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Message;
import java.util.Arrays;

/**
 * The replies counted towards one quorum, each remembered with the incarnation that sent it, so
 * that a vote of an incarnation since wiped by amnesia can be taken back (see {@link Rejoin}).
 *
 * <p>Node ids are small and dense, so the votes live in arrays indexed by node: a leader counts
 * one of these per slot in flight, and a hash map of boxed ids was most of what a count cost.
 */
public final class Votes {
    private boolean[] voted = new boolean[4];
    private long[] incarnations = new long[4];
    private int size;

    /** Counts the sender of {@code reply}; a duplicate counts once. */
    public void add(Message reply) {
        int node = reply.from();
        if (node >= voted.length) {
            int length = Math.max(node + 1, 2 * voted.length);
            voted = Arrays.copyOf(voted, length);
            incarnations = Arrays.copyOf(incarnations, length);
        }
        if (!voted[node]) {
            voted[node] = true;
            size++;
        }
        incarnations[node] = reply.incarnation();
    }

    /** Takes back {@code node}'s vote unless it came from {@code current}. */
    public void discard(int node, long current) {
        if (node < voted.length && voted[node] && incarnations[node] != current) {
            voted[node] = false;
            size--;
        }
    }

    public boolean reached(Config config) {
        return size >= config.quorum();
    }

    public int size() {
        return size;
    }
}
