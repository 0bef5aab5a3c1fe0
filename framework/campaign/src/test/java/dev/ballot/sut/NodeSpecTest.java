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
    void peersFollowTheirFormatAndFirstStartArgumentsComeOnlyOnTheFirstStart() {
        NodeSpec spec = new NodeSpec(List.of("node", "--id", "{index}", "--peers", "{peers}"),
                Map.of(), "/data", 8080, 7000, new Readiness.TcpConnect(), Duration.ofSeconds(5),
                "{index}={name}:{peer-port}", List.of("--bootstrap", "--as={id}"), null);
        assertEquals(List.of("node", "--id", "1", "--peers", "0=n1:7000,1=n2:7000,2=n3:7000",
                "--bootstrap", "--as=2"), spec.commandFor(2, NODES, true));
        assertEquals(List.of("node", "--id", "1", "--peers", "0=n1:7000,1=n2:7000,2=n3:7000"),
                spec.commandFor(2, NODES, false));
        assertEquals(spec.commandFor(2, NODES, false), spec.commandFor(2, NODES));
        assertEquals(List.of("other", "n3"), spec.withCommand(List.of("other", "{name}"))
                .commandFor(3, NODES));
    }

    @Test
    void shellVariablesAreNotPlaceholders() {
        assertEquals(List.of("sh", "-c", "exec node ${HOME} ${x} {} 1"),
                spec("sh", "-c", "exec node ${HOME} ${x} {} {id}").commandFor(1, NODES));
    }

    @Test
    void anUnknownPlaceholderOrIdIsAnError() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> spec("--x={peer}"));
        assertEquals("unknown placeholder {peer} in '--x={peer}'; known: [{client-port}, {data}, "
                + "{id}, {index}, {name}, {peer-port}, {peers}]", typo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NodeSpec(List.of("run"), Map.of(),
                "/d", 1, 2, new Readiness.TcpConnect(), Duration.ZERO, "{peers}", List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> spec("run").commandFor(4, NODES));
    }
}
