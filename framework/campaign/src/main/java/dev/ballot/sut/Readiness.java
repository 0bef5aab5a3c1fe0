package dev.ballot.sut;

/** How the harness knows a started node is ready to serve clients. */
public sealed interface Readiness {

    /** Ready when {@code GET path} on the client port answers 2xx (for the reference: /health). */
    record HttpGet(String path) implements Readiness {
    }

    /** Ready when the client port accepts a TCP connection. */
    record TcpConnect() implements Readiness {
    }

    /** Ready when the node's log has a line that matches {@code regex}. */
    record LogLine(String regex) implements Readiness {
    }
}
