/**
 * The roles every Paxos variant here shares: the {@link dev.ballot.paxos.role.Acceptor}, quorum
 * counting that knows incarnations ({@link dev.ballot.paxos.role.Votes}), the amnesia
 * {@link dev.ballot.paxos.role.Rejoin} protocol, and the {@link dev.ballot.paxos.role.Node} that
 * hosts a protocol and turns its work into a {@link dev.ballot.paxos.Ready}.
 *
 * <p>Durability rule: a role never changes durable state without handing the record to the
 * {@link dev.ballot.paxos.role.Outbox} in the same step; the shell persists the records before it
 * sends anything of that step.
 */
package dev.ballot.paxos.role;
