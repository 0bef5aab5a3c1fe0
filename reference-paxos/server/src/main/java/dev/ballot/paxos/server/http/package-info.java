/**
 * The client API: JSON over HTTP/1.1 on the client port, served by a small keep-alive server. The
 * protocol (also what third-party implementations speak to Ballot) is in the server's README.
 */
package dev.ballot.paxos.server.http;
