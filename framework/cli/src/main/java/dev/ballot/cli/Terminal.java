package dev.ballot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, to rewrite a progress line in place there and print plain
 * lines into logs. The JDK only says whether the process has a console (standard input and output
 * both terminals), so on Linux the descriptor's target is read instead: a terminal is a
 * {@code /dev/pts/N} or {@code /dev/ttyN}.
 */
final class Terminal {
    private Terminal() {
    }

    static boolean stderr() {
        try {
            return isTerminalDevice(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    static boolean isTerminalDevice(String path) {
        return path.startsWith("/dev/pts/") || path.startsWith("/dev/tty");
    }
}
