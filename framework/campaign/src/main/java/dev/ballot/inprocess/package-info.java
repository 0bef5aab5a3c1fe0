/**
 * A cluster inside the harness' JVM: n nodes in front of one linearizable in-memory store,
 * clients that answer at once, and fault mechanisms that keep the state the nemesis verifies.
 *
 * <p>It is the system under test with no cost of its own. The runner's tests run whole campaigns
 * against it without Docker, and {@code ballot bench --suite harness} runs the real runner against
 * it to measure what the harness itself adds per operation.
 *
 * <h2>Faults</h2>
 * {@link dev.ballot.inprocess.InProcessNet} keeps the grudge (its probes answer by it),
 * {@link dev.ballot.inprocess.InProcessNodes} the process states (a dead node's clients are
 * refused, a paused node's time out), {@link dev.ballot.inprocess.InProcessClocks} an offset per
 * node. All nodes share the store, so faults change availability, never the answers: the cluster
 * stays linearizable under every nemesis. Each mechanism records its calls and can be broken on
 * purpose (a cut that does not hold, a kill that does not take, a clock that does not move) to
 * test that the nemesis verifies what it does.
 *
 * <h2>Planted bugs</h2>
 * {@link dev.ballot.inprocess.Flaw}: stale reads (the checkers must find them), or clients that
 * hang and throw (the harness must record info and go on).
 */
package dev.ballot.inprocess;
