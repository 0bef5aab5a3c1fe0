/**
 * The reference Paxos node: the thin I/O shell that runs the pure core of {@code dev.ballot.paxos}
 * as a real process, with an fsynced record log ({@code store}), a TCP peer transport
 * ({@code net}), the single-threaded event loop with group commit ({@code loop}) and the HTTP
 * client API ({@code http}). {@link dev.ballot.paxos.server.Node} is the entry point;
 * {@link dev.ballot.paxos.server.Bench} measures a local three-node cluster. The module's
 * README documents the command line, the client protocol and the log format.
 */
package dev.ballot.paxos.server;
