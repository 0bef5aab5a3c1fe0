package dev.ballot.paxos;

/** What the shell feeds to {@link Replica#step}: the passing of time, a message, a client call. */
public sealed interface Input {

    /**
     * One tick of logical time. {@code wallMillis} is the node's wall clock, which may be skewed;
     * the correct protocol never reads it (only {@link Mutant#CLOCK_LEASE} does).
     */
    record Tick(long wallMillis) implements Input {
    }

    /** A message from a peer (or this node), delivered at most once per call. */
    record Receive(Message message) implements Input {
    }

    /** A client operation; retries of one operation carry the same client id and sequence number. */
    record ClientRequest(Command command) implements Input {
    }
}
