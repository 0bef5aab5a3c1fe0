/**
 * The client API: JSON over HTTP on the client port, served with the JDK's HTTP server. The
 * protocol (also what third-party implementations speak to Ballot) is in the server's README.
 */
package dev.ballot.paxos.server.http;
