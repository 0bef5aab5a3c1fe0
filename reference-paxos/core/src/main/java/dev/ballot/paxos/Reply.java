package dev.ballot.paxos;

/** The answer to the client request {@code (client, seq)}. */
public record Reply(long client, long seq, Outcome outcome) {
}
