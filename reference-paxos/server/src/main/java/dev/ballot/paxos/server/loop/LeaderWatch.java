package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Body;
import dev.ballot.paxos.Message;

/**
 * Who leads, as far as this node can tell from the traffic: the owner of the ballot of the last
 * heartbeat or accept it sent or received, if that was recent. The core's {@code Replica} does
 * not say who leads, so the shell infers it for {@code /health}, {@code /status} and clients'
 * hints; a stale guess costs a client one refusal, never safety.
 */
final class LeaderWatch {
    private final long freshNanos;
    private int leader = -1;
    private long seenAt;

    LeaderWatch(long freshNanos) {
        this.freshNanos = freshNanos;
    }

    /** Looks at a message this node sent or received at {@code now}. */
    void observe(Message message, long now) {
        Body body = message.body();
        if (body instanceof Body.Heartbeat heartbeat) {
            saw(heartbeat.ballot().nodeId(), now);
        } else if (body instanceof Body.Accept accept) {
            saw(accept.proposal().ballot().nodeId(), now);
        }
    }

    private void saw(int node, long now) {
        leader = node;
        seenAt = now;
    }

    /** The leader seen within the freshness window before {@code now}, or -1. */
    int leader(long now) {
        return leader >= 0 && now - seenAt < freshNanos ? leader : -1;
    }
}
