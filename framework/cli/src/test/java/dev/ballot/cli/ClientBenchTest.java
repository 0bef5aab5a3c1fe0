package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The client suite, briefly: a node in a JVM of its own, every reply the request's own. */
class ClientBenchTest {

    @Test
    void theClientSuiteMeasuresEachLevel() {
        Cli cli = new Cli();
        int code = cli.run("bench", "--suite", "client", "--warmup", "0", "--duration", "0.5",
                "--concurrency", "1,4");
        assertEquals(0, code, cli.out() + cli.err());
        assertTrue(cli.out().matches("(?s).*\\n {10}1 +[1-9][0-9]* .*\\n {10}4 +[1-9][0-9]* .*"),
                cli.out());
        assertTrue(!cli.out().contains("WRONG"), cli.out());
    }
}
