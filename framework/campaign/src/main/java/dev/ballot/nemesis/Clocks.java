package dev.ballot.nemesis;

import java.time.Instant;

/**
 * The mechanism that skews nodes' wall clocks: libfaketime's timestamp file in Docker, a per-node
 * offset in the simulator. Only the wall clock moves; a node's monotonic clock
 * ({@code System.nanoTime}) is never faked, because faking it hangs JVMs.
 */
public interface Clocks {

    /** Sets the node's wall clock to true time plus {@code seconds} (negative: behind). */
    void offset(String node, double seconds);

    /**
     * Flips the node's wall clock between true time and true time plus {@code seconds} every
     * {@code periodMs} for {@code durationMs}, then leaves it at true time; returns at once.
     */
    void strobe(String node, double seconds, long periodMs, long durationMs);

    /** Puts the node's wall clock back to true time and stops any strobe. Idempotent. */
    void reset(String node);

    /** Reads the node's wall clock as the node itself sees it (for example {@code date} in it). */
    Instant read(String node);
}
