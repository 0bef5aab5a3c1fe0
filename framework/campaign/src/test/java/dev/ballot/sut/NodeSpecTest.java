package dev.ballot.sut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeSpecTest {
    private static final List<String> NODES = List.of("n1", "n2", "n3");

    private static NodeSpec spec(String... command) {
        return new NodeSpec(List.of(command), Map.of("NODE", "{name}"), "/var/lib/node", 8080, 7000,
                new Readiness.HttpGet("/health"), Duration.ofSeconds(10));
    }

    @Test
    void rendersEveryPlaceholder() {
        NodeSpec spec = spec("java", "-jar", "node.jar", "--id={id}", "--peers", "{peers}",
                "--data", "{data}", "--port={client-port}/{peer-port}");
        assertEquals(List.of("java", "-jar", "node.jar", "--id=2", "--peers",
                "n1:7000,n2:7000,n3:7000", "--data", "/var/lib/node", "--port=8080/7000"),
                spec.commandFor(2, NODES));
        assertEquals(Map.of("NODE", "n3"), spec.environmentFor(3, NODES));
    }

    @Test
    void anUnknownPlaceholderOrIdIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> spec("--x={peer}").commandFor(1, NODES));
        assertThrows(IllegalArgumentException.class, () -> spec("run").commandFor(4, NODES));
    }
}
