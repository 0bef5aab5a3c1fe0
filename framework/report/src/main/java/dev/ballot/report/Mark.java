package dev.ballot.report;

/**
 * How the timeline marks an operation of a counterexample. When an operation plays several roles,
 * the first in this order wins.
 */
public enum Mark {
    /** The operation that cannot be linearized (or breaks the property). */
    FAILING,
    /** An operation concurrent with it, which the search tried to order around it. */
    CONCURRENT,
    /** Part of the longest linearization found. */
    LINEARIZED;

    /** The CSS class of a marked bar. */
    public String cssClass() {
        return "cx-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
