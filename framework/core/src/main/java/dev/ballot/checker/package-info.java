/**
 * Checkers: decide properties of a history.
 *
 * <h2>Verdicts</h2>
 * A checker answers a {@link dev.ballot.checker.CheckResult}: {@code Valid}, {@code Invalid} with a
 * {@link dev.ballot.checker.Counterexample}, or {@code Unknown} with a reason (a time limit, a
 * memory budget, or a crash of the checker itself, which never propagates). Results compose as
 * Jepsen's do: invalid beats unknown beats valid ({@link dev.ballot.checker.CheckResult#worst}).
 *
 * <h2>Linearizability</h2>
 * {@link dev.ballot.checker.LinearizabilityChecker} takes a {@link dev.ballot.model.Model} and a
 * {@link dev.ballot.checker.Budget}. Per independent part of the history it runs, in order:
 * {@link dev.ballot.checker.Pruning} (drop what cannot matter), {@code PhantomValues} (a value
 * observed but never written), {@code UniqueValuesCheck} (exact, O(n log n), for registers whose
 * written values are unique) and otherwise {@code WglSearch} (Wing–Gong–Lowe with memoization,
 * dominance and eager reads). Each step's soundness argument is in its class comment.
 *
 * <h2>Agreement</h2>
 * {@link dev.ballot.checker.AgreementChecker} checks agreement, validity and stability of
 * single-decree consensus, per instance ({@code key}).
 *
 * <h2>Output</h2>
 * {@link dev.ballot.checker.ResultsJson} renders results for {@code ballot check} and for a
 * campaign's {@code results.json}.
 */
package dev.ballot.checker;
