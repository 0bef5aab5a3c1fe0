/**
 * The event loop that drives the core: one thread, a queue of ticks, peer messages and client
 * calls, group commit (one fsync per batch of inputs, before any message or reply of the batch
 * leaves), the replicas it hosts ({@link dev.ballot.paxos.server.loop.MultiInstance} or
 * {@link dev.ballot.paxos.server.loop.KeyedInstances}), and the calls waiting for answers.
 */
package dev.ballot.paxos.server.loop;
