package dev.ballot.sut;

/**
 * Where the harness reaches a node's client port: for Docker, the node's address on the cluster
 * network where the host can reach it (a Linux engine), else 127.0.0.1 and the published port.
 *
 * @param node the node's name (n1, n2, ...)
 * @param host the host name or address to connect to
 * @param port the client port
 */
public record NodeAddress(String node, String host, int port) {
    @Override
    public String toString() {
        return node + "@" + host + ":" + port;
    }
}
