package dev.ballot.synth;

import dev.ballot.history.OpType;

/**
 * One simulated client process, mutable for speed: at most one operation in flight, which goes
 * through three steps, each one scheduled at a random instant: invoked, took effect (or not),
 * completed.
 */
final class Client {
    /** Where the operation in flight is. */
    enum Phase { IDLE, INVOKED, TOOK_EFFECT }

    /** The current process id; a fresh one after each {@code info}. */
    int process;
    Phase phase = Phase.IDLE;
    int operation;
    String f;
    int key;
    Object input;
    /** Decided at invocation; a cas whose expected value does not match turns ok into fail. */
    OpType outcome;
    /** What a read saw. */
    Object result;

    Client(int process) {
        this.process = process;
    }
}
