/**
 * The system under test: what Ballot needs to know about a consensus system to test it, and
 * nothing more. The reference Paxos is one implementation; third-party systems implement the same
 * interface.
 *
 * <h2>Describing a system</h2>
 * A {@link dev.ballot.sut.SystemUnderTest} gives its name, the workloads its clients support, its
 * image as an {@link dev.ballot.sut.ImageRecipe} (a directory with a Dockerfile plus files to copy
 * in), how a node starts as a {@link dev.ballot.sut.NodeSpec} (a command template with
 * {@code {id}}, {@code {name}}, {@code {peers}}, {@code {data}}, {@code {client-port}},
 * {@code {peer-port}}; the durable data directory that amnesia wipes; ports; a
 * {@link dev.ballot.sut.Readiness} probe), and a factory of clients.
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
 * {@code {"type":"ok|fail|info","value","error"}}.
 */
package dev.ballot.sut;
