package dev.ballot.paxos;

/**
 * A message between nodes. Every message carries its sender's incarnation, so that a receiver can
 * drop what an incarnation wiped by amnesia sent before it was wiped.
 *
 * @param from the sender
 * @param to the receiver
 * @param incarnation the sender's incarnation
 * @param body what it says
 */
public record Message(int from, int to, long incarnation, Body body) {
}
