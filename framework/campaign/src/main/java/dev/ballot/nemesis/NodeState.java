package dev.ballot.nemesis;

/** What a node's process is doing, as {@link NodeControl#state} observes it. */
public enum NodeState {
    /** The process exists and is scheduled. */
    RUNNING,
    /** The process exists but is stopped (SIGSTOP, {@code docker pause}). */
    PAUSED,
    /** No process: killed, or never started. */
    DEAD
}
