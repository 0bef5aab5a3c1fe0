package dev.ballot.inprocess;

/**
 * What is deliberately wrong with an {@link InProcessCluster}, so that a test can show the runner
 * notices: a violation the checkers must find, or clients the harness must survive.
 */
public enum Flaw {
    /** Nothing: every request takes effect atomically, and its client reports it truly. */
    NONE,
    /** A read returns the value its key held before its latest write: not linearizable. */
    STALE_READS,
    /**
     * One request in five hangs until the client's timeout, and one in five takes effect and then
     * makes the client throw, as a client reading a garbled reply might. Every outcome is then
     * still possible, so the history stays linearizable; the harness must record both as info.
     */
    MISBEHAVING_CLIENTS
}
