package dev.ballot.sut;

/**
 * How many nodes a system supports, both bounds included.
 *
 * @param min at least 1
 * @param max at least {@code min}
 */
public record NodeLimits(int min, int max) {
    public NodeLimits {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("node limits " + min + ".." + max
                    + ": need 1 <= min <= max");
        }
    }

    /** @throws IllegalArgumentException if {@code nodes} is out of bounds, saying for which system */
    public void check(String system, int nodes) {
        if (nodes < min || nodes > max) {
            throw new IllegalArgumentException("--nodes " + nodes + ": " + system + " runs "
                    + this + " nodes");
        }
    }

    /** {@code 1-9}, or {@code 3} when both bounds are the same. */
    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
