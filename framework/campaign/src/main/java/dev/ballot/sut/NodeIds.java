package dev.ballot.sut;

import java.util.Locale;

/**
 * How a system's own node ids, as its leader hints and its {@code GET /status} give them, name
 * Ballot's nodes n1..nN. They are what the node was told at its start: {@code {index}},
 * {@code {id}} or {@code {name}} in its command.
 */
public enum NodeIds {
    /** 0-based: {@code "0"} is n1 (the reference node). */
    INDEX,
    /** 1-based: {@code "1"} is n1. */
    ID,
    /** Ballot's own names: {@code "n1"} is n1. */
    NAME;

    /** Ballot's name of the node the system calls {@code id}, or null if it names none. */
    public String node(String id) {
        if (this == NAME) {
            return id;
        }
        try {
            int position = Integer.parseInt(id) + (this == INDEX ? 1 : 0);
            return position >= 1 ? "n" + position : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code index}, {@code id}, {@code name}: the placeholder's name. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
