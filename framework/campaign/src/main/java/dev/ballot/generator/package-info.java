/**
 * Seeded operation generation, with time modelled explicitly.
 *
 * <h2>Workloads</h2>
 * A {@link dev.ballot.generator.Workload} is an operation mix drawn from a seeded generator:
 * {@link dev.ballot.generator.RegisterWorkload} (read, write and cas on a handful of keys, values
 * unique per key; checked with {@code kv}) and {@link dev.ballot.generator.AgreementWorkload}
 * (proposes of distinct values to random nodes over many consensus instances, one per key, mixed
 * with reads; checked for agreement and with {@code write-once}). Each lists the kinds of
 * operation that must succeed at least once, the keys whose recovery measures liveness, and the
 * final reads (every key on every node).
 *
 * <h2>Time and rate</h2>
 * A {@link dev.ballot.generator.Generator} hands operations to the client processes at a rate
 * (Jepsen's stagger: random gaps with mean 1/rate). The caller passes the current time and the
 * phase's end; the generator never reads a clock or sleeps. Given a seed, the sequence of
 * operations is always the same, and so are the due times for the same sequence of {@code now}s.
 * Which process runs which operation, and the outcomes, depend on the run.
 *
 * <h2>Phases</h2>
 * A campaign goes through the {@link dev.ballot.generator.Phase}s in order: health (every node
 * serves a read), faults (operations and the fault schedule until the time limit), heal (every
 * fault undone), quiet (operations until every live key recovered, within the liveness bound),
 * final reads. The runner drives them; the fault schedule is
 * {@link dev.ballot.nemesis.FaultSchedule}.
 */
package dev.ballot.generator;
