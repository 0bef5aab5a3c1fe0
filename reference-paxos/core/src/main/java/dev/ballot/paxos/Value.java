package dev.ballot.paxos;

import java.util.List;

/** What a proposal proposes: a decree (single-decree Paxos) or a log slot's content. */
public sealed interface Value {

    /** The single decree's value. */
    record Decree(long value) implements Value {
    }

    /** Several client commands decided in one slot, applied in order. */
    record Batch(List<Command> commands) implements Value {
        public Batch {
            commands = List.copyOf(commands);
        }
    }

    /** Fills a slot nobody proposed anything for (Paxos Made Simple §3, "no-op"). */
    record Noop() implements Value {
    }
}
