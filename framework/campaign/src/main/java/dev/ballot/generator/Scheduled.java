package dev.ballot.generator;

/**
 * An operation and the time it is due, in nanoseconds since the start of the run: the process
 * that drew it waits until then before invoking it.
 */
public record Scheduled(Invocation invocation, long dueNanos) {
}
