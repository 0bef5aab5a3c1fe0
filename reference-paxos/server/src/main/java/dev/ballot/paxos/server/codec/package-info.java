/**
 * How the core's messages and durable records become bytes: a compact, strictly decoded binary
 * encoding (see {@link dev.ballot.paxos.server.codec.Codec}), wrapped in an
 * {@link dev.ballot.paxos.server.codec.Envelope} on the wire and a
 * {@link dev.ballot.paxos.server.codec.Stored} record on disk, both of which carry the instance
 * key of single-decree mode.
 */
package dev.ballot.paxos.server.codec;
