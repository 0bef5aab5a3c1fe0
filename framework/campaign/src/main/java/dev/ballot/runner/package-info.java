/**
 * The campaign runner, independent of Docker: it drives a running {@link dev.ballot.runner.Cluster}
 * through one campaign and says whether the system was safe.
 *
 * <h2>Use</h2>
 * <pre>
 * Campaign campaign = new Campaign("register", FaultKind.parseList("partition,clock"), 5,
 *         Duration.ofSeconds(30), 10, 1000, seed, null, Path.of("store"), false,
 *         Campaign.DEFAULT_FAULT_INTERVAL, 0, false, Campaign.DEFAULT_CLIENT_TIMEOUT,
 *         Campaign.DEFAULT_LIVENESS_BOUND, Campaign.DEFAULT_QUIET_PERIOD);
 * Path dir = Store.newRunDirectory(campaign, Clock.systemUTC());   // store/register/&lt;timestamp&gt;/
 * RunResult result = new Runner(campaign, cluster).run(dir);
 * System.out.println(result.summary());
 * System.exit(result.verdict().exitCode());                        // 0 valid, 1 invalid, 2 error, 3 unknown
 * </pre>
 *
 * <h2>A run</h2>
 * <ol>
 * <li>Health: every node must serve a read within the liveness bound; otherwise the run stops
 *     there, unknown.
 * <li>Faults: C client threads, one per logical process, draw operations from the seeded
 *     generator at the rate; process p talks to node p mod n unless the operation names a node;
 *     after an {@code info} a process continues as a fresh one, id + C. The nemesis thread follows
 *     the fault schedule; each fault is a nemesis invoke/info pair in the history naming its
 *     targets. A fault that cannot be applied or verified ends this phase, and the run is an error.
 * <li>Heal: everything the nemesis broke is undone (heal, reset clocks, resume, restart).
 * <li>Quiet: operations go on until every live key served a successful operation invoked after
 *     the heal (liveness, reported apart from safety, with the time it took) and the quiet period
 *     passed, or the liveness bound ran out.
 * <li>Final reads: every key on every node.
 * </ol>
 * Every event is appended to {@code history.jsonl} as it happens. While operations flow, a
 * {@link dev.ballot.runner.ProgressListener} given to the runner hears about once a second where the
 * run stands ({@link dev.ballot.runner.Progress}: time, operations per second, ok / fail / info, the
 * faults in force); {@link dev.ballot.runner.ProgressPrinter} prints it as one line. Then the history is checked
 * ({@code register}: {@code kv} linearizability per key; {@code agreement}: agreement, validity,
 * stability and {@code write-once} linearizability per instance) and {@code results.json} written:
 * the verdict with its reasons, each checker's result, counts of ok/fail/info by {@code f}, faults
 * planned and applied, liveness, phase times, the seed and the replay command.
 * {@code campaign.json}, written first, holds the options and the replay command.
 *
 * <h2>Verdicts</h2>
 * Invalid if a checker found a violation; else error if a fault could not be applied or verified;
 * else unknown, with the reasons, if a checker gave up, the cluster was not healthy before the
 * faults, some kind of operation never succeeded, or the faults asked for were not applied; else
 * valid. A run that could not show anything is never valid.
 */
package dev.ballot.runner;
