package dev.ballot.paxos;

/**
 * Deliberate mistakes the core can be built with, each in the smallest code path that makes it,
 * so that a test campaign can show it catches them. All are off by default; the simulation tests
 * assert that each one violates safety on some seed.
 */
public enum Mutant {
    /** The proposer ignores the accepted proposals reported in promises (breaks §2.2 P2c). */
    NO_ADOPT,
    /** The acceptor accepts proposals below the ballot it promised (breaks §2.2 P1a). */
    FORGET_PROMISE,
    /** floor(N/2) replies count as a quorum, so two quorums may not intersect. */
    MINORITY_QUORUM,
    /** The acceptor emits no persist records: a crash forgets promises and acceptances. */
    VOLATILE_ACCEPTOR,
    /** A node restarted with an empty disk votes at once, without the rejoin protocol. */
    AMNESIA_UNSAFE,
    /** The leader answers reads from its local state without confirming it still leads. */
    STALE_READ,
    /** The leader answers reads locally under a lease timed by its wall clock, which skews. */
    CLOCK_LEASE
}
