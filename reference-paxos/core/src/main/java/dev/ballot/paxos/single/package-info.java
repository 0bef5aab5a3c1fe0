/**
 * Single-decree Paxos, Paxos Made Simple §2: {@link dev.ballot.paxos.single.SingleDecree} runs a
 * proposer and a learner beside the shared acceptor of {@code dev.ballot.paxos.role}. The decree
 * lives in slot 0. Used by the {@code agreement} workload: {@code propose v} and {@code read}.
 */
package dev.ballot.paxos.single;
