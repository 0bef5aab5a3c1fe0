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
 * <p>Safety is checked by {@link dev.ballot.paxos.sim.Monitor}s while the run goes and on its
 * history at the end. The same history can be handed to a linearizability checker.
 */
package dev.ballot.paxos.sim;
