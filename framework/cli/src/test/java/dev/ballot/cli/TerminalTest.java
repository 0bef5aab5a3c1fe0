package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A terminal is told from a pipe or a file by the device standard error points at. */
class TerminalTest {
    @Test
    void pseudoTerminalsAndConsolesAreTerminalsPipesAndFilesAreNot() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("pipe:[123456]"));
        assertFalse(Terminal.isTerminalDevice("/home/ci/build.log"));
        assertFalse(Terminal.isTerminalDevice("/dev/null"));
    }
}
