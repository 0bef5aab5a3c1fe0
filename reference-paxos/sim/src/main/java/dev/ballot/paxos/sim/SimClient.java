package dev.ballot.paxos.sim;

import dev.ballot.history.Op;
import dev.ballot.paxos.Command;

/** One simulated client's state: its process, its open operation and its timers. */
final class SimClient {
    int process;
    long seq;
    /** The open operation's command, or null while idle. */
    Command pending;
    /** The open operation's invocation event. */
    Op invoke;
    /** The node the last attempt went to. */
    int node;
    /** Final reads stay on their node: they ask what that node reports. */
    boolean pinned;
    int attempts;
    /** Some attempt of the open operation reached a node that did not refuse it at once. */
    boolean takenIn;
    /** True while an attempt is being handed to a node: a reply now answers that attempt. */
    boolean sending;
    long idleUntil;
    long resendAt;
    long deadline;

    SimClient(int process, int node) {
        this.process = process;
        this.node = node;
    }

    void start(Command command, boolean pinnedToNode, Op invocation, long deadlineTick) {
        pending = command;
        pinned = pinnedToNode;
        invoke = invocation;
        deadline = deadlineTick;
        attempts = 0;
        takenIn = false;
    }
}
