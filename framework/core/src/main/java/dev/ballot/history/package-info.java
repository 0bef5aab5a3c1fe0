/**
 * Histories: the events a test observed, and the two file formats they are kept in.
 *
 * <h2>The event</h2>
 * An {@link dev.ballot.history.Op} is Jepsen's op: an invocation ({@code invoke}) or a completion
 * ({@code ok}: it happened; {@code fail}: it certainly did not; {@code info}: unknown) of a client
 * operation, or a fault event of the nemesis. {@link dev.ballot.history.HistoryBuilder} pairs
 * invocations with completions into {@link dev.ballot.history.Operation}s and rejects a history
 * that does not pair up. Values are plain data, see {@link dev.ballot.history.Values}.
 *
 * <h2>JSON lines (Ballot's own format: {@code .jsonl}, {@code .ndjson}, {@code .json})</h2>
 * One JSON object per line, in the order the harness observed the events:
 * <pre>
 * {"index":0,"type":"invoke","process":3,"f":"cas","value":[1,2],"key":"k1","time":1200}
 * {"index":1,"type":"info","process":"nemesis","f":"partition","value":null,"time":1500}
 * {"index":2,"type":"info","process":3,"f":"cas","value":[1,2],"time":9000,"error":"timeout"}
 * </pre>
 * <ul>
 * <li>{@code type}, {@code process} (an integer, or {@code "nemesis"}) and {@code f} are required.
 * <li>{@code value} is any JSON; {@code key}, {@code node} and {@code error} are optional.
 * <li>{@code index} and {@code time} (nanoseconds since the run started) are optional when
 *     reading: the order of the lines is the real-time order, and events are re-indexed by it.
 * <li>Blank lines are skipped; unknown fields are ignored.
 * </ul>
 * {@link dev.ballot.history.JsonLinesWriter} writes it as the run goes, forced to the disk at least
 * every 100 ms; {@link dev.ballot.history.JsonLinesReader} reads it.
 *
 * <h2>Jepsen EDN ({@code .edn})</h2>
 * Jepsen's and Knossos' histories: one vector or list of op maps, or a bare stream of op maps,
 * <pre>
 * [{:type :invoke, :f :write, :value 3, :process 0, :time 1200}
 *  {:type :ok, :f :write, :value 3, :process 0, :time 1900}
 *  {:type :info, :f :start, :process :nemesis}]
 * </pre>
 * with the same fields as keywords. Keywords and symbols become strings without the colon,
 * vectors, lists and sets become lists, tagged literals ({@code #inst}, {@code #uuid}) their
 * tagged value, and a non-string {@code :error} its text. Comments, {@code #_} and commas are
 * skipped. {@link dev.ballot.history.EdnReader} reads it.
 *
 * <h2>Reading, and what can go wrong</h2>
 * {@link dev.ballot.history.HistoryReader} picks the format by extension, else by the first
 * character, and reads the file as a stream. A malformed history is a
 * {@link dev.ballot.history.HistoryFormatException} naming the file, line and column, and the
 * problem: invalid syntax, a missing field, a field of the wrong type, an unknown type, a
 * completion without invocation, or a second invocation on a process whose first is open.
 *
 * <p>One exception, the killed-writer rule: a last line cut off without its newline that does not
 * parse is what a writer leaves when it is killed mid-event, so it is dropped with a warning (to
 * the caller's sink and the log) and the rest of the history is read. The same damage anywhere
 * else, or on a last line that does end with a newline, is an error.
 */
package dev.ballot.history;
