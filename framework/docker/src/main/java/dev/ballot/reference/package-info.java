/**
 * The reference Paxos implementation as a {@link dev.ballot.sut.SystemUnderTest}: the first
 * system Ballot tests, and an example for third-party adapters. See
 * {@link dev.ballot.reference.ReferencePaxos}.
 */
package dev.ballot.reference;
