/**
 * Multi-Paxos, Paxos Made Simple §3: a replicated log of slots behind a key-value state machine.
 *
 * <p>Roles, one class each: {@link dev.ballot.paxos.multi.Election} (phase 1 over the open range,
 * timeouts, randomized backoff), {@link dev.ballot.paxos.multi.Leader} (phase 2 with pipelining
 * and batching, heartbeats), {@link dev.ballot.paxos.multi.Log} (learning, catch-up, snapshots
 * and compaction), {@link dev.ballot.paxos.multi.KvStateMachine} (registers, duplicate
 * suppression), beside the shared acceptor and rejoin protocol of {@code dev.ballot.paxos.role}.
 *
 * <p>Learners hear of chosen slots from the leader; a learner whose log lags the leader's commit
 * index (carried by heartbeats) fetches the missing slots, or a snapshot if they were compacted.
 */
package dev.ballot.paxos.multi;
