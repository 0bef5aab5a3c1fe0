package dev.ballot.paxos.server.codec;

import dev.ballot.paxos.Durable;

/**
 * One record of the durable log: a core {@link Durable} record and, in single-decree mode, the
 * key of the instance that persisted it. A record without a key belongs to the node itself (see
 * {@code KeyedInstances}); in multi-Paxos mode every record is the one instance's and has none.
 */
public record Stored(Long key, Durable record) {
}
