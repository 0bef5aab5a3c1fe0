package dev.ballot.paxos;

/**
 * A client request as it travels through the log. {@code (client, seq)} identifies it: a retry
 * carries the same pair, and the state machine applies each pair at most once.
 */
public record Command(long client, long seq, Request request) {
}
