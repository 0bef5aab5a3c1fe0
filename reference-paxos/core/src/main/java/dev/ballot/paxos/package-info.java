/**
 * The reference Paxos core's vocabulary: the inputs a {@link dev.ballot.paxos.Replica} takes, the
 * {@link dev.ballot.paxos.Ready} it returns, and the messages and durable records in between.
 *
 * <h2>Driving a replica (the shell's side)</h2>
 * <ol>
 *   <li>Build it: {@code bootstrap(config, rng)} on the first start of a new cluster, otherwise
 *       {@code recover(config, rng, records)} with every {@link dev.ballot.paxos.Durable} record
 *       persisted so far (an empty list after losing the disk: the node then rejoins safely).</li>
 *   <li>Feed it {@link dev.ballot.paxos.Input}s one at a time: a {@code Tick} every tick (say
 *       10 ms), every message that arrives, every client request.</li>
 *   <li>For each {@link dev.ballot.paxos.Ready}: send {@code sendBeforePersist} (the proposer's
 *       requests) at any time, append {@code persist} and fsync it unless the Ready says its
 *       records are lazy, and only then send {@code send} and {@code replies}. Sending those
 *       before the fsync breaks Paxos: an acceptor that promises and then forgets may let two
 *       values be chosen. The Ready's Javadoc says why the requests may go early.</li>
 * </ol>
 * Time is counted in ticks; randomness comes from the {@code RandomGenerator} given at
 * construction. The core reads no clock (the {@code Tick}'s wall clock is only for the
 * {@link dev.ballot.paxos.Mutant#CLOCK_LEASE} mutant), starts no thread and does no I/O, so the
 * same inputs give the same outputs: the simulator relies on it.
 *
 * <h2>Encoding</h2>
 * Messages and durable records are records of longs, ints, strings, lists and maps, in sealed
 * hierarchies; a shell encodes each as a tagged object (the nested type's simple name as tag, the
 * components by name), for example JSON lines.
 */
package dev.ballot.paxos;
