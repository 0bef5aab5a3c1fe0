package dev.ballot.nemesis;

import java.util.List;

/**
 * Who leads now, after Jepsen's {@code primaries}: the nodes that currently take themselves for
 * the leader. An optional capability of a system under test; a system without a leader, or one
 * that cannot say, answers an empty list, and leader-targeted faults then fall back to a seeded
 * random node.
 */
@FunctionalInterface
public interface Primaries {
    /** Knows no leader. */
    Primaries UNKNOWN = List::of;

    /** The current leaders in node order; several while an old leader has not yet noticed. */
    List<String> current();
}
