package dev.ballot.nemesis;

/**
 * The mechanism that starts, kills, wipes, pauses and resumes a node's process: Docker for real
 * clusters, the simulator's crash model for simulated ones. Each method does what it says or
 * throws; {@link #state} must observe the process itself (a {@code pgrep} in the container, not a
 * flag the implementation set), so that the nemesis can verify each fault.
 */
public interface NodeControl {

    /** SIGKILL the node's process. The node's data directory stays as the kill left it. */
    void kill(String node);

    /**
     * Starts the node's process on its data directory and returns once it is ready (its
     * readiness probe answers), or throws. Starting a running node does nothing.
     */
    void start(String node);

    /** Empties the durable data directory of a dead node (amnesia). */
    void wipe(String node);

    /** Freezes the node's processes. */
    void pause(String node);

    /** Lets a paused node run again. Resuming a running node does nothing. */
    void resume(String node);

    /** Observes the node's process now. */
    NodeState state(String node);
}
