package dev.ballot.paxos.role;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Message;
import java.util.HashMap;
import java.util.Map;

/**
 * The replies counted towards one quorum, each remembered with the incarnation that sent it, so
 * that a vote of an incarnation since wiped by amnesia can be taken back (see {@link Rejoin}).
 */
public final class Votes {
    private final Map<Integer, Long> incarnations = new HashMap<>();

    /** Counts the sender of {@code reply}; a duplicate counts once. */
    public void add(Message reply) {
        incarnations.put(reply.from(), reply.incarnation());
    }

    /** Takes back {@code node}'s vote unless it came from {@code current}. */
    public void discard(int node, long current) {
        Long voted = incarnations.get(node);
        if (voted != null && voted != current) {
            incarnations.remove(node);
        }
    }

    public boolean reached(Config config) {
        return incarnations.size() >= config.quorum();
    }

    public int size() {
        return incarnations.size();
    }
}
