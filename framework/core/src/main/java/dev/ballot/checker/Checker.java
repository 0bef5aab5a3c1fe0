package dev.ballot.checker;

import dev.ballot.history.History;

/**
 * Decides a property of a history. A checker never throws for a history it cannot decide: it
 * answers {@link CheckResult.Unknown}. It throws {@link UncheckableHistoryException} only for
 * input that does not fit it (an operation its model does not know).
 */
public interface Checker {
    CheckResult check(History history);
}
