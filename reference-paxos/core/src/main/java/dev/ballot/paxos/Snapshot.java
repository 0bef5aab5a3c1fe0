package dev.ballot.paxos;

import java.util.Map;

/**
 * The key-value state machine after applying every slot up to {@code slot}: what a compacted log
 * is replaced by.
 *
 * @param slot the last slot the state includes
 * @param registers each key's value
 * @param sessions per client, the last applied request and its outcome (for duplicate requests)
 */
public record Snapshot(long slot, Map<Long, Long> registers, Map<Long, Session> sessions) {

    public Snapshot {
        registers = Map.copyOf(registers);
        sessions = Map.copyOf(sessions);
    }

    /**
     * The last request of one client that the state machine applied, what it answered, and in
     * which slot: a session idle for long enough is dropped (see {@code KvStateMachine}).
     */
    public record Session(long seq, Outcome outcome, long lastSlot) {

        /** A session last active in slot 0 (kept for callers that predate {@code lastSlot}). */
        public Session(long seq, Outcome outcome) {
            this(seq, outcome, 0);
        }
    }
}
