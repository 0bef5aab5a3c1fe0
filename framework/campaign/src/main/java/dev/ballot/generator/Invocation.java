package dev.ballot.generator;

import java.util.Objects;

/**
 * One operation a generator asks for: what the history's {@code invoke} event will say, and which
 * node it must go to.
 *
 * @param f read, write, cas or propose
 * @param key the register or consensus instance
 * @param value the argument (null for a read)
 * @param node the node to send it to, or null for the process' own node
 */
public record Invocation(String f, Object key, Object value, String node) {
    public Invocation {
        Objects.requireNonNull(f, "f");
    }
}
