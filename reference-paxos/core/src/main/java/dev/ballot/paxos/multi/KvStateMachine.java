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
 */
final class KvStateMachine {
    private final Map<Long, Long> registers = new HashMap<>();
    private final Map<Long, Snapshot.Session> sessions = new HashMap<>();

    /** Applies one slot; returns the commands executed, duplicates left out. */
    List<Applied> apply(long slot, Value value) {
        List<Applied> applied = new ArrayList<>();
        if (value instanceof Value.Batch batch) {
            for (int i = 0; i < batch.commands().size(); i++) {
                Command command = batch.commands().get(i);
                Snapshot.Session session = sessions.get(command.client());
                if (session == null || command.seq() > session.seq()) {
                    Outcome outcome = execute(command.request());
                    sessions.put(command.client(), new Snapshot.Session(command.seq(), outcome));
                    applied.add(new Applied(slot, i, command, outcome));
                }
            }
        } else if (!(value instanceof Value.Noop)) {
            throw new AssertionError(value);
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

    /** A read answered from local state, without the log (only the read mutants do this). */
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

    void restore(Snapshot snapshot) {
        registers.clear();
        registers.putAll(snapshot.registers());
        sessions.clear();
        sessions.putAll(snapshot.sessions());
    }
}
