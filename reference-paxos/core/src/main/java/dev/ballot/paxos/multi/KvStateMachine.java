package dev.ballot.paxos.multi;

import dev.ballot.paxos.Applied;
import dev.ballot.paxos.Command;
import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.Snapshot;
import dev.ballot.paxos.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The replicated key-value store: cas-registers by key, fed the chosen slots in order. It keeps,
 * per client, the last request it applied and its outcome, so that a retried request (same
 * client and sequence number) decided in a second slot is skipped, never applied twice.
 *
 * <h2>Bounded sessions</h2>
 * Only the latest request per client is kept: that suffices because a client has one request
 * open at a time, so every retry carries the latest sequence number it used. A client that has
 * had nothing applied for {@code idleSlots} slots is forgotten: that is safe as long as no client
 * retries a request that long after its last one was applied (clients give up on a request long
 * before; a forgotten client that comes back with a new request starts a new session). Sessions
 * are dropped only at slots divisible by {@code pruneEvery}, a decision that depends on the log
 * alone, so every replica, and every snapshot, holds the same sessions at the same slot.
 */
final class KvStateMachine {
    /** About ten minutes of a busy cluster (100 slots per second). */
    static final long IDLE_SLOTS = 1 << 16;
    static final long PRUNE_EVERY = 1 << 10;

    private final Map<Long, Long> registers = new HashMap<>();
    private final Map<Long, Snapshot.Session> sessions = new HashMap<>();
    private final long idleSlots;
    private final long pruneEvery;

    KvStateMachine() {
        this(IDLE_SLOTS, PRUNE_EVERY);
    }

    KvStateMachine(long idleSlots, long pruneEvery) {
        this.idleSlots = idleSlots;
        this.pruneEvery = pruneEvery;
    }

    /** Applies one slot; returns the commands executed, duplicates left out. */
    List<Applied> apply(long slot, Value value) {
        if (slot % pruneEvery == 0) {
            sessions.values().removeIf(session -> session.lastSlot() < slot - idleSlots);
        }
        if (value instanceof Value.Noop) {
            return List.of();
        }
        if (!(value instanceof Value.Batch batch)) {
            throw new AssertionError(value);
        }
        List<Applied> applied = new ArrayList<>(batch.commands().size());
        for (int i = 0; i < batch.commands().size(); i++) {
            Command command = batch.commands().get(i);
            Snapshot.Session session = sessions.get(command.client());
            if (session == null || command.seq() > session.seq()) {
                Outcome outcome = execute(command.request());
                sessions.put(command.client(), new Snapshot.Session(command.seq(), outcome, slot));
                applied.add(new Applied(slot, i, command, outcome));
            }
        }
        return applied;
    }

    private Outcome execute(Request request) {
        if (request instanceof Request.Read read) {
            return new Outcome.Ok(registers.get(read.key()));
        } else if (request instanceof Request.Write write) {
            registers.put(write.key(), write.value());
            return new Outcome.Ok(null);
        } else if (request instanceof Request.Cas cas) {
            if (!Objects.equals(registers.get(cas.key()), cas.expected())) {
                return new Outcome.Fail("cas mismatch: " + registers.get(cas.key()), -1, false);
            }
            registers.put(cas.key(), cas.value());
            return new Outcome.Ok(null);
        }
        throw new AssertionError(request);
    }

    /** A read answered from local state, without the log (after a {@link ReadIndex} round, or by a read mutant). */
    Outcome readLocally(Request.Read read) {
        return execute(read);
    }

    /** The outcome of {@code command} if it is the last one its client had applied, else null. */
    Outcome outcomeOf(Command command) {
        Snapshot.Session session = sessions.get(command.client());
        return session != null && session.seq() == command.seq() ? session.outcome() : null;
    }

    /** True if the request was applied already (it, or a later one of the same client). */
    boolean applied(Command command) {
        Snapshot.Session session = sessions.get(command.client());
        return session != null && session.seq() >= command.seq();
    }

    Snapshot snapshot(long slot) {
        return new Snapshot(slot, registers, sessions);
    }

    int sessions() {
        return sessions.size();
    }

    void restore(Snapshot snapshot) {
        registers.clear();
        registers.putAll(snapshot.registers());
        sessions.clear();
        sessions.putAll(snapshot.sessions());
    }
}
