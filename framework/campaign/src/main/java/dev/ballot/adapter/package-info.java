/**
 * Finding the system to test, and the declarative adapter.
 *
 * <h2>Discovery</h2>
 * {@link dev.ballot.adapter.Systems} is what {@code ballot run --system NAME} and
 * {@code ballot systems} look at: every {@link dev.ballot.sut.SystemProvider} that
 * {@link java.util.ServiceLoader} finds on the class path (the built-in {@code reference}, and
 * third-party adapters in their own jars), then every adapter file of {@code adapters/} in
 * Ballot's home and of the directories in {@code $BALLOT_ADAPTERS}. {@code --system} also takes an
 * adapter file's path.
 *
 * <h2>Adapter files</h2>
 * A system whose nodes speak the HTTP/JSON client protocol (the reference node's: {@code POST /op},
 * answered {@code ok}, {@code fail} or {@code info}) needs no Java: one JSON file gives its image
 * (Dockerfile steps after {@code FROM ballot/base:1}, or a directory with a Dockerfile, and the
 * files to copy in), its start command with placeholders ({@code {id}}, {@code {index}},
 * {@code {name}}, {@code {peers}}, {@code {data}}, {@code {client-port}}, {@code {peer-port}}),
 * its data directory, ports, readiness probe, workloads and node limits.
 * {@link dev.ballot.adapter.AdapterParser} reads it, refusing anything it would not use with a
 * message naming the file and the field; {@link dev.ballot.adapter.DeclarativeSystem} is the
 * system it describes. {@code adapters/reference-http.json} describes the reference node this way.
 */
package dev.ballot.adapter;
