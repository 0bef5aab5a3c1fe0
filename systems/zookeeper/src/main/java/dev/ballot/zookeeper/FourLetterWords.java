package dev.ballot.zookeeper;

import dev.ballot.sut.NodeAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * ZooKeeper's four-letter-word commands, sent on the client port: the server answers in plain
 * text and closes the connection. Only those that {@code zoo.cfg} whitelists are answered.
 */
final class FourLetterWords {
    private static final int MAX_REPLY = 64 * 1024;

    private FourLetterWords() {
    }

    /**
     * The server's {@code Mode} in its {@code srvr} reply ({@code leader}, {@code follower},
     * {@code standalone}, ...), or null if it did not answer in time or is not serving.
     */
    static String mode(NodeAddress address, Duration timeout) {
        String reply = ask(address, "srvr", timeout);
        return reply == null ? null : reply.lines().filter(line -> line.startsWith("Mode: "))
                .map(line -> line.substring("Mode: ".length()).trim()).findFirst().orElse(null);
    }

    /** The reply to {@code command}, or null if none came within {@code timeout}. */
    static String ask(NodeAddress address, String command, Duration timeout) {
        int millis = (int) Math.max(1, timeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.host(), address.port()), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(command.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(MAX_REPLY), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
