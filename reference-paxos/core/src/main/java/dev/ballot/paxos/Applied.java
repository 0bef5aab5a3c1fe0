package dev.ballot.paxos;

/**
 * A command the state machine executed: the {@code index}-th command of slot {@code slot}. A
 * duplicate of an already applied request is skipped and never reported here.
 */
public record Applied(long slot, int index, Command command, Outcome result) {
}
