package dev.ballot.paxos;

/** How a client operation ended, in the three kinds a history distinguishes. */
public sealed interface Outcome {

    /** It happened; {@code value} is the result (a value read or decided), or null. */
    record Ok(Long value) implements Outcome {
    }

    /**
     * It certainly did not happen and never will: a cas whose expected value did not match, or a
     * request {@code refused} at the door (not the leader, rejoining) before anything was
     * proposed. A refusal speaks for this attempt only: a client that sent the same request
     * elsewhere before must keep waiting for that attempt. {@code leaderHint} names the node to
     * try next, or -1.
     */
    record Fail(String error, int leaderHint, boolean refused) implements Outcome {

        /** A refusal before anything was proposed. */
        public static Fail refusal(String error, int leaderHint) {
            return new Fail(error, leaderHint, true);
        }
    }

    /** It may have happened, or may happen later: the replica lost track of it. */
    record Unknown(String error) implements Outcome {
    }
}
