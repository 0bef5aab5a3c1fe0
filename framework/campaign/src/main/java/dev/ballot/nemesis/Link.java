package dev.ballot.nemesis;

/**
 * A one-way link: packets sent by {@code from} to {@code to}. Partitions are checked link by link,
 * because a one-way grudge cuts one direction and leaves the other.
 */
public record Link(String from, String to) {
    @Override
    public String toString() {
        return from + "->" + to;
    }
}
