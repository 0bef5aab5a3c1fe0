/**
 * The reference Paxos implementation as a {@link dev.ballot.sut.SystemUnderTest}: the first
 * system Ballot tests, found as the provider {@code reference}
 * ({@link dev.ballot.reference.ReferenceProvider}, registered in {@code META-INF/services} like any
 * third-party adapter), and an example for them. See {@link dev.ballot.reference.ReferencePaxos}.
 */
package dev.ballot.reference;
