package dev.ballot.paxos.server.codec;

/** Bytes from a peer or from disk that do not decode: the caller drops them, never crashes. */
public final class MalformedException extends Exception {
    public MalformedException(String message) {
        super(message);
    }
}
