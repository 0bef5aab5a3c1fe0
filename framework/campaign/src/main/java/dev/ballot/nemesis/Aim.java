package dev.ballot.nemesis;

/**
 * Where a window's faults go when that can only be known as the window begins: at the leader
 * ({@link LeaderTarget}), or at the nodes whose clocks are behind then ({@link SkewedTarget}).
 * Everything else about the faults is drawn by the seed when the schedule is planned.
 */
public sealed interface Aim permits LeaderTarget, SkewedTarget {

    /** The kind of fault the window resolves to. */
    FaultKind kind();
}
