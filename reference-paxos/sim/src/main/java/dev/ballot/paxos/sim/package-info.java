/**
 * A deterministic, single-threaded simulator for the reference Paxos core: N replicas on a
 * seeded network that loses, duplicates, delays and reorders messages and can be partitioned;
 * nodes that crash and restart from their simulated disk (which holds exactly what the core asked
 * to persist), crash between persisting and sending, or lose their disk (amnesia); clocks that
 * jump. Simulated clients record every operation as a {@link dev.ballot.history.History}.
 *
 * <p>Entry points: {@link dev.ballot.paxos.sim.Simulation#run} runs one seed of a
 * {@link dev.ballot.paxos.sim.Scenario}; {@link dev.ballot.paxos.sim.Seeds} runs many;
 * {@link dev.ballot.paxos.sim.Cluster} with a {@link dev.ballot.paxos.sim.ManualNetwork} plays
 * hand-written transcripts; {@link dev.ballot.paxos.sim.Throughput} measures speed.
 *
 * <p>Every run is judged twice. {@link dev.ballot.paxos.sim.Monitor}s watch the nodes from inside
 * while the run goes (two learners disagree, a request applied twice); the framework's checkers
 * ({@link dev.ballot.paxos.sim.Verdict}: linearizability under {@code write-once} or {@code kv},
 * and agreement, validity and stability for the decree) judge the history clients recorded, as a
 * black-box campaign would. {@link dev.ballot.paxos.sim.Seeds} runs seed ranges under both and
 * reports the first finding with its seed and counterexample.
 */
package dev.ballot.paxos.sim;
