/**
 * The system under test: what Ballot needs to know about a consensus system to test it, and
 * nothing more. This is the service-provider interface for adapters; the reference Paxos cluster
 * implements it like any third-party system, so nothing else in Ballot may assume the reference.
 *
 * <h2>Providers</h2>
 * A {@link dev.ballot.sut.SystemProvider} is found by {@link java.util.ServiceLoader} under its
 * name ({@code ballot run --system NAME}); it gives a description, the workloads it supports, its
 * {@link dev.ballot.sut.NodeLimits}, and makes a {@link dev.ballot.sut.SystemUnderTest} from
 * {@link dev.ballot.sut.SystemOptions} (the workload, a variant such as a mutant, Ballot's home).
 *
 * <h2>Describing a system</h2>
 * A {@link dev.ballot.sut.SystemUnderTest} gives its name, the workloads its clients support, its
 * image as an {@link dev.ballot.sut.ImageRecipe} (a directory with a Dockerfile, usually
 * {@code FROM ballot/base:1}, plus files to copy in; built locally, never pulled), how a node
 * starts as a {@link dev.ballot.sut.NodeSpec} (a command template with {@code {id}},
 * {@code {index}}, {@code {name}}, {@code {peers}}, {@code {data}}, {@code {client-port}},
 * {@code {peer-port}}; arguments for a node's first start only; the durable data directory that
 * amnesia wipes; ports; a {@link dev.ballot.sut.Readiness} probe; which process is the node, the
 * one a crash kills and a pause stops), a factory of clients, and optionally who leads.
 *
 * <h2>Clients</h2>
 * A {@link dev.ballot.sut.Client} is Jepsen's: {@code open}, {@code invoke(request)},
 * {@code close}, one per logical process. {@code invoke} returns a
 * {@link dev.ballot.sut.Completion} and never throws. The client maps every outcome; the harness
 * records what it is told and never guesses:
 * <pre>
 * the node answered ok / fail / info          as the node said
 * connection refused, nothing sent            fail   (it certainly did not happen)
 * timeout, reset or closed after sending      info   (it may have happened, now or later)
 * garbled reply, unknown type, HTTP 5xx page  info
 * </pre>
 * {@link dev.ballot.sut.HttpJsonClient} speaks the reference protocol: {@code POST /op} with
 * {@code {"f","key","value","client","seq"}}, answered by
 * {@code {"type":"ok|fail|info","value","error"}}; {@link dev.ballot.sut.HttpJsonClients} adds
 * following a refusal's leader hint and reading who leads from {@code GET /status}, for any
 * system that speaks it.
 */
package dev.ballot.sut;
