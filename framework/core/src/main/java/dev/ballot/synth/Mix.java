package dev.ballot.synth;

import java.util.random.RandomGenerator;

/**
 * The relative weights of reads, writes and cas operations. Weights need not sum to one; a
 * weight of zero leaves that operation out.
 */
public record Mix(double read, double write, double cas) {

    /** Half reads, the rest split between writes and cas. */
    public static final Mix DEFAULT = new Mix(0.5, 0.25, 0.25);

    public Mix {
        if (read < 0 || write < 0 || cas < 0 || read + write + cas <= 0) {
            throw new IllegalArgumentException("a mix needs non-negative weights, one of them positive: "
                    + read + "/" + write + "/" + cas);
        }
    }

    /** Reads and writes only, in the given proportion. */
    public static Mix readWrite(double read, double write) {
        return new Mix(read, write, 0);
    }

    /** Picks {@code read}, {@code write} or {@code cas} with probabilities proportional to the weights. */
    String pick(RandomGenerator random) {
        double x = random.nextDouble() * (read + write + cas);
        if (x < read) {
            return "read";
        }
        return x < read + write || cas == 0 ? "write" : "cas";
    }
}
