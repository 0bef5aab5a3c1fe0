package dev.ballot.paxos.multi;

import dev.ballot.paxos.Config;
import dev.ballot.paxos.Message;
import dev.ballot.paxos.Mutant;
import dev.ballot.paxos.role.Votes;
import java.util.HashMap;
import java.util.Map;

/**
 * A read lease timed by the wall clock: only the {@link Mutant#CLOCK_LEASE} mutant has one. When
 * a majority answers a heartbeat sent at wall time w, the leader believes no other leader can
 * exist before w + leaseMillis, because followers ignore other candidates for electionTicks after
 * hearing it. That belief ties a wall clock to tick counting, so a clock that jumps back makes it
 * wrong: this is the mistake the mutant exists to show.
 */
final class Lease {
    private static final int REMEMBERED = 8;

    private final Config config;
    private final boolean enabled;
    private final Map<Long, Long> sentAt = new HashMap<>();
    private final Map<Long, Votes> acks = new HashMap<>();
    private long seq;
    private long wallMillis;
    private long until = Long.MIN_VALUE;

    Lease(Config config) {
        this.config = config;
        this.enabled = config.has(Mutant.CLOCK_LEASE);
    }

    void tick(long wall) {
        if (enabled) {
            wallMillis = wall;
        }
    }

    /** Numbers a new heartbeat and remembers when (by the wall clock) it left. */
    long sent() {
        seq++;
        if (enabled) {
            sentAt.put(seq, wallMillis);
            sentAt.remove(seq - REMEMBERED);
            acks.remove(seq - REMEMBERED);
        }
        return seq;
    }

    void acked(Message ack, long heartbeat) {
        Long sent = sentAt.get(heartbeat);
        if (!enabled || sent == null) {
            return;
        }
        Votes votes = acks.computeIfAbsent(heartbeat, s -> new Votes());
        votes.add(ack);
        // The leader's own vote is implicit: a majority of the others plus itself.
        if (votes.size() + 1 >= config.quorum()) {
            until = Math.max(until, sent + config.timing().leaseMillis());
        }
    }

    boolean valid() {
        return enabled && wallMillis < until;
    }

    void reset() {
        acks.clear();
        sentAt.clear();
        until = Long.MIN_VALUE;
    }

    void discard(int node, long incarnation) {
        acks.values().forEach(votes -> votes.discard(node, incarnation));
    }
}
