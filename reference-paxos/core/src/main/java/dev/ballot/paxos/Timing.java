package dev.ballot.paxos;

/**
 * The core's knobs, in ticks (the shell decides how long a tick is) and counts.
 *
 * @param electionTicks a follower that hears no leader for this long (plus a random share of it)
 *     starts phase 1; acceptors ignore other candidates while they hear a leader this recently
 * @param heartbeatTicks how often a leader tells followers it is alive
 * @param retryTicks how long a proposer waits for replies before trying a higher ballot, and the
 *     upper bound of its random backoff
 * @param requestTimeoutTicks how long a client request may wait before it is answered unknown
 * @param snapshotEvery take a snapshot and compact the log after this many applied slots
 * @param maxBatch the most commands one slot carries
 * @param window the most slots a leader has in phase 2 at once (pipelining)
 * @param leaseMillis wall-clock length of a read lease (only {@link Mutant#CLOCK_LEASE} reads it)
 */
public record Timing(int electionTicks, int heartbeatTicks, int retryTicks,
                     int requestTimeoutTicks, int snapshotEvery, int maxBatch, int window,
                     long leaseMillis) {

    /** Values that suit a 10 ms tick. */
    public static Timing defaults() {
        return new Timing(30, 5, 20, 200, 64, 64, 32, 200);
    }
}
