package dev.ballot.sut;

import java.util.Objects;

/**
 * What a client asks a node to do: one operation of the workload, as the history's invocation
 * records it.
 *
 * @param f the operation: read, write, cas, propose
 * @param key the register or consensus instance, or null
 * @param value the argument: null for a read, the value for write and propose, {@code [old, new]}
 *     for cas
 * @param process the client process, which the node may use to suppress duplicates
 * @param seq the process' request counter, unique per process
 */
public record Request(String f, Object key, Object value, int process, long seq) {
    public Request {
        Objects.requireNonNull(f, "f");
    }
}
