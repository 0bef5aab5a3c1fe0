package dev.ballot.zookeeper;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a client reads a znode. ZooKeeper orders writes through its leader, but a plain read is
 * answered by whichever server the client is connected to, from its own copy, which may lag: such
 * reads are sequentially consistent, not linearizable. {@code sync()} first makes the server catch
 * up with the leader, the documented way to read the latest committed value.
 */
public enum ReadMode {
    /** {@code getData} on the connected server. */
    PLAIN,
    /** {@code sync}, then {@code getData}. */
    SYNC;

    /** The mode a variant names; null is {@link #PLAIN}. */
    static ReadMode parse(String variant) {
        if (variant == null) {
            return PLAIN;
        }
        return Arrays.stream(values()).filter(mode -> mode.variant().equals(variant)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("zookeeper has no variant '" + variant
                        + "'; it has plain (the default) and sync"));
    }

    /** The variant's name: {@code plain} or {@code sync}. */
    public String variant() {
        return name().toLowerCase(Locale.ROOT);
    }
}
