package dev.ballot.paxos;

/** How a client operation ended, in the three kinds a history distinguishes. */
public sealed interface Outcome {

    /** It happened; {@code value} is the result (a value read or decided), or null. */
    record Ok(Long value) implements Outcome {
    }

    /**
     * It certainly did not happen and never will: a cas whose expected value did not match, or a
     * request refused before anything was proposed. {@code leaderHint} names the node the client
     * should try next, or -1.
     */
    record Fail(String error, int leaderHint) implements Outcome {
    }

    /** It may have happened, or may happen later: the replica lost track of it. */
    record Unknown(String error) implements Outcome {
    }
}
