package dev.ballot.nemesis;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The kinds of fault a campaign's {@code --nemesis} list names. */
public enum FaultKind {
    /** A grudge: halves, random halves, one node isolated, majorities ring, bridge or one-way. */
    PARTITION,
    /** Packet loss at some nodes, with some probability. */
    LOSS,
    /** Wall-clock offset or strobe at some nodes. */
    CLOCK,
    /** SIGKILL, then restart on the same data. */
    CRASH,
    /** SIGKILL, wipe the data directory, restart. */
    AMNESIA,
    /** Pause, then resume. */
    PAUSE;

    /**
     * Faults of one family act on the same mechanism (a node's clock, the network, a node's
     * process), so a schedule never overlaps two of them; faults of different families may
     * overlap. In an interval of an overlapping schedule they begin in this order.
     */
    public enum Family { CLOCK, NETWORK, PROCESS }

    public Family family() {
        return switch (this) {
            case PARTITION, LOSS -> Family.NETWORK;
            case CRASH, AMNESIA, PAUSE -> Family.PROCESS;
            case CLOCK -> Family.CLOCK;
        };
    }

    /** The name on the command line and in results. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a comma list of kinds, {@code all} or {@code none}; blanks around names are ignored.
     *
     * @throws IllegalArgumentException for an unknown name, or {@code none} with other names
     */
    public static Set<FaultKind> parseList(String list) {
        Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
        boolean none = false;
        for (String raw : list.split(",")) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "none" -> none = true;
                case "all" -> kinds.addAll(EnumSet.allOf(FaultKind.class));
                default -> kinds.add(byName(name));
            }
        }
        if (none && !kinds.isEmpty()) {
            throw new IllegalArgumentException("nemesis 'none' cannot be combined with others: " + list);
        }
        return kinds;
    }

    private static FaultKind byName(String name) {
        for (FaultKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown nemesis '" + name + "'; known: "
                + Arrays.stream(values()).map(FaultKind::wireName).collect(Collectors.joining(", "))
                + ", all, none");
    }
}
