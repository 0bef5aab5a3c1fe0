package dev.ballot.paxos.sim;

import dev.ballot.history.History;
import dev.ballot.paxos.Ready;

/**
 * Watches every step of a simulated cluster and records safety violations as they happen, so a
 * run can stop at the first one and print it with its seed.
 */
public interface Monitor {

    /** Node {@code node}, under {@code incarnation}, produced {@code ready} at tick {@code now}. */
    void observe(int node, long incarnation, Ready ready, long now);

    /** Node {@code node} restarted: it replays its log from its disk. */
    default void restarted(int node) {
    }

    /** At the end of a run: checks what the clients saw, in {@code history}. */
    void check(History history);

    /** The first violation seen, or null. */
    String violation();
}
