/**
 * Stable storage for the core's durable records: an append-only file of checksummed records
 * ({@link dev.ballot.paxos.server.store.RecordFormat}), forced to disk before anything that
 * depends on it is sent, recovered with its torn tail cut off, and compacted by an atomic rewrite
 * from the core's checkpoint.
 */
package dev.ballot.paxos.server.store;
