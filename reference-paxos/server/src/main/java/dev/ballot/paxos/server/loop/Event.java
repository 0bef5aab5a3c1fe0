package dev.ballot.paxos.server.loop;

import dev.ballot.paxos.Outcome;
import dev.ballot.paxos.Request;
import dev.ballot.paxos.server.codec.Envelope;
import java.util.function.Consumer;

/** What the event loop takes from its queue. */
public sealed interface Event {

    /** One tick of the node's clock; {@code wallMillis} for the clock-lease mutant only. */
    record Tick(long wallMillis) implements Event {
    }

    /** A peer's message, decoded and checked by the transport. */
    record Inbound(Envelope envelope) implements Event {
    }

    /**
     * A client operation for instance {@code key} (single-decree mode; null otherwise). A null
     * {@code client} asks the node to number the request itself (no duplicate suppression across
     * retries). {@code answer} takes the core's answer, or unknown at the node's request timeout,
     * once, on the event loop's thread: it must be quick and must not throw (it writes the answer
     * to the client's connection).
     */
    record Call(Long key, Request request, Long client, long seq, Consumer<Outcome> answer)
            implements Event {
    }
}
