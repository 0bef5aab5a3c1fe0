package dev.ballot.generator;

/**
 * The phases of a campaign, in order. Operations flow in {@link #FAULTS} and {@link #QUIET};
 * faults only in {@link #FAULTS}.
 */
public enum Phase {
    /** Before any fault: every node must serve a read, or the run can show nothing. */
    HEALTH,
    /** Operations at the rate while the nemesis follows its schedule, until the time limit. */
    FAULTS,
    /** Every fault undone: heal, reset clocks, resume, restart. Operations keep flowing. */
    HEAL,
    /**
     * Operations go on until every live key served a successful operation again (liveness), for
     * at least a short quiet period and at most the liveness bound.
     */
    QUIET,
    /** Every node is asked for every key's value, without a rate limit. */
    FINAL_READS
}
