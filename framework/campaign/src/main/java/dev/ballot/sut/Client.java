package dev.ballot.sut;

/**
 * A connection from one client process to one node, after Jepsen's client: {@code open},
 * {@code invoke} any number of times, {@code close}. Each logical process has its own; after an
 * {@code info} the harness closes it and opens a fresh one for the process' new id.
 *
 * <p>The contract of {@link #invoke}: it never throws and returns within the client's timeout
 * (plus a little), and maps every outcome itself:
 * <ul>
 * <li>a definite answer from the node: what the node said (ok, fail, info);
 * <li>a connection refused, or any failure before the request was sent: {@code fail};
 * <li>a timeout, a connection reset or closed after sending, a garbled or unexpected reply:
 *     {@code info}, because the node may have acted on the request.
 * </ul>
 * Implementations need not be thread-safe: one process uses a client at a time.
 */
public interface Client extends AutoCloseable {

    /** Prepares the connection; may be lazy. A node that is down is not an error here. */
    void open();

    /** Performs one request; see the class comment for how outcomes map. */
    Completion invoke(Request request);

    /** Releases the connection. Never throws. */
    @Override
    void close();
}
