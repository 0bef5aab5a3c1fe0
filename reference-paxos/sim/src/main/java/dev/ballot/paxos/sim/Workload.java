package dev.ballot.paxos.sim;

import dev.ballot.paxos.Request;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What simulated clients ask for, and how each request reads in a history (Jepsen's {@code f},
 * {@code value} and {@code key}). Written values are unique in a run, which lets the monitors
 * tell which write a read saw.
 */
public enum Workload {
    /** The single decree: {@code propose v} and {@code read}. */
    AGREEMENT {
        @Override
        Request next(SplittableRandom random, long unique) {
            return random.nextInt(3) == 0 ? new Request.Propose(unique) : new Request.Read(0);
        }
    },
    /** A few cas-registers: {@code read}, {@code write} and {@code cas} per key. */
    REGISTERS {
        @Override
        Request next(SplittableRandom random, long unique) {
            long key = random.nextInt(KEYS);
            return switch (random.nextInt(5)) {
                case 0, 1 -> new Request.Read(key);
                case 2 -> new Request.Write(key, unique);
                default -> new Request.Cas(key, random.nextInt(4) == 0 ? null : unique - 1 - random.nextInt(3), unique);
            };
        }
    };

    static final int KEYS = 3;

    abstract Request next(SplittableRandom random, long unique);

    /**
     * The model a linearizability checker holds the history to: {@code write-once} for the
     * decree, {@code kv} (a cas-register per key) for the registers.
     */
    public String model() {
        return this == AGREEMENT ? "write-once" : "kv";
    }

    /**
     * Whether the run ends with a read pinned to each node. The decree's reads are answered by
     * whichever node is asked, so they show what each node reports (stability); the registers'
     * reads go to the leader and would show nothing more.
     */
    boolean finalReads() {
        return this == AGREEMENT;
    }

    /** The history's {@code f} of a request. */
    static String f(Request request) {
        if (request instanceof Request.Propose) {
            return "propose";
        } else if (request instanceof Request.Read) {
            return "read";
        } else if (request instanceof Request.Write) {
            return "write";
        } else if (request instanceof Request.Cas) {
            return "cas";
        }
        throw new AssertionError(request);
    }

    /** The history's {@code value} of an invocation. */
    static Object value(Request request) {
        if (request instanceof Request.Propose propose) {
            return propose.value();
        } else if (request instanceof Request.Read) {
            return null;
        } else if (request instanceof Request.Write write) {
            return write.value();
        } else if (request instanceof Request.Cas cas) {
            return Arrays.asList(cas.expected(), cas.value());
        }
        throw new AssertionError(request);
    }

    /** The history's {@code key}: null for the single decree. */
    Object key(Request request) {
        if (this == AGREEMENT) {
            return null;
        } else if (request instanceof Request.Read read) {
            return read.key();
        } else if (request instanceof Request.Write write) {
            return write.key();
        } else if (request instanceof Request.Cas cas) {
            return cas.key();
        }
        throw new AssertionError(request);
    }
}
