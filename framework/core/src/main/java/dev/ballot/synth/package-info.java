/**
 * Synthetic histories whose verdict is known by construction.
 *
 * <p>{@link dev.ballot.synth.HistoryGenerator} simulates a linearizable store (a register, a
 * cas-register, or a key-value store of independent cas-registers) used by several concurrent
 * client processes. Every operation is invoked, takes effect atomically at some instant before
 * its completion (or never, if it fails), and completes; the events are recorded in real-time
 * order. Such a history is linearizable by construction: the order in which operations took
 * effect is a witness.
 *
 * <p>On request the generator then plants one anomaly that makes the history non-linearizable by
 * construction ({@link dev.ballot.synth.Anomaly}): a stale read or a phantom read. The result, a
 * {@link dev.ballot.synth.SynthHistory}, carries the expected verdict and the planted operation,
 * so that checkers can be tested on histories of any size, and benchmarked on large ones.
 *
 * <p>Everything is seeded: the same {@link dev.ballot.synth.SynthOptions} (seed included) give
 * the same history, event for event.
 *
 * <p>What the simulation models, as Jepsen's clients do:
 * <ul>
 *   <li>{@code fail}: the operation certainly did not take effect (a cas whose expected value did
 *       not match, or a request refused);</li>
 *   <li>{@code info}: the client does not know; the operation took effect or not (decided at
 *       random), and the process is replaced by a fresh process id, because a client that timed
 *       out never issues another operation;</li>
 *   <li>unique written values (a counter per key) or values from a small range, where many
 *       writes write the same value, which makes checking harder.</li>
 * </ul>
 */
package dev.ballot.synth;
