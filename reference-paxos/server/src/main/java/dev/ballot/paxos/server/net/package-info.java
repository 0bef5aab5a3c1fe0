/**
 * The peer transport: length-prefixed frames ({@link dev.ballot.paxos.server.net.Frames}) of
 * encoded envelopes over TCP, one connection per direction per pair of nodes, bounded per-peer
 * send queues that drop when full, reconnection with backoff, and rejection (never a crash) of
 * anything malformed.
 */
package dev.ballot.paxos.server.net;
