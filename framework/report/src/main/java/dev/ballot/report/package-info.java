/**
 * Reports: what a run did, drawn for people ({@code report.html}) and for CI ({@code junit.xml}).
 *
 * <h2>report.html</h2>
 * One self-contained page (no network: style, scripts and drawings are inline), written by
 * {@link dev.ballot.report.HtmlPage} from a {@link dev.ballot.report.Report}, which is worked out
 * from a history and what is known of its run:
 * <ul>
 * <li>a summary: each checker's verdict ({@link dev.ballot.report.CheckerVerdict}, read from the
 *     JSON of {@code results.json} by {@link dev.ballot.report.Verdicts}), the seed and replay
 *     command, the campaign's options ({@link dev.ballot.report.RunInfo}) and the operations
 *     counted by outcome and by {@code f} ({@link dev.ballot.report.OpCounts});
 * <li>the counterexample of an invalid history, and a link at the top that jumps to it;
 * <li>the timeline ({@code SvgTimeline}): a lane per client ({@link dev.ballot.report.Lanes}),
 *     each operation a bar coloured by outcome, fault intervals shaded and named
 *     ({@link dev.ballot.report.FaultInterval}), the counterexample's operations outlined
 *     ({@link dev.ballot.report.Mark}); it zooms sideways;
 * <li>latency and throughput over time ({@code LatencyPlot}, {@code ThroughputPlot}), SVG drawn
 *     here, with the fault intervals shaded.
 * </ul>
 * Events are placed in seconds when the history has times and by position otherwise
 * ({@link dev.ballot.report.Timebase}); a history without times has no plots.
 *
 * <h2>junit.xml</h2>
 * {@link dev.ballot.report.JunitXml}: a test suite per run, a test case per checker, one for
 * liveness and one for the run as a whole; and a summary of many runs (a soak), a test case per
 * run. Both are built by {@code JunitSuite}.
 *
 * <h2>Files</h2>
 * Everything above is pure: strings in, strings out. {@link dev.ballot.report.StoreReport} is the
 * one class that reads a store directory and writes the two files into it.
 */
package dev.ballot.report;
