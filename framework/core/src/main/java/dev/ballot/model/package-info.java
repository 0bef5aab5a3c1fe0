/**
 * Sequential specifications that histories are checked against.
 *
 * <p>A {@link dev.ballot.model.Model} is a handful of pure functions, as in Porcupine: the initial
 * state, {@code step(state, operation)} returning the next state or
 * {@link dev.ballot.model.Model#INCONSISTENT}, an optional {@code partition} into independent
 * parts, and {@code validate} to reject operations it does not know before any search. A
 * {@link dev.ballot.model.ValueModel} also says which value an operation writes and which values
 * it observes, which lets checkers prune and decide without search.
 *
 * <p>The models, by their command-line names ({@link dev.ballot.model.Models}): {@code register},
 * {@code cas-register}, {@code write-once}, {@code kv} and {@code multi-register}. An operation
 * whose outcome is unknown ({@code info}) has its effect applied and nothing checked against its
 * result.
 */
package dev.ballot.model;
