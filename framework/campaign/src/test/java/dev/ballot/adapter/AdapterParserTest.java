package dev.ballot.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ballot.sut.NodeIds;
import dev.ballot.sut.NodeLimits;
import dev.ballot.sut.Readiness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterParserTest {
    static final Path FILE = Path.of("/adapters/kv.json");
    /** The smallest adapter: every required field, nothing else. */
    static final String MINIMAL = """
            {
              "name": "kv",
              "workloads": {"register": []},
              "image": {"steps": ["COPY kv /usr/local/bin/kv"], "files": {"kv": "build/kv"}},
              "command": ["kv", "--id", "{id}", "--peers", "{peers}", "--dir", "{data}"],
              "data_dir": "/var/lib/ballot",
              "client_port": 8080,
              "peer_port": 9000,
              "ready": {"tcp_connect": true}
            }
            """;

    private static AdapterFile parse(String json) {
        return AdapterParser.parse(FILE, json);
    }

    /** The message of parsing {@code MINIMAL} with {@code from} replaced by {@code to}. */
    private static String error(String from, String to) {
        String json = MINIMAL.replace(from, to);
        if (json.equals(MINIMAL)) {
            throw new AssertionError("'" + from + "' is not in the minimal file");
        }
        return assertThrows(AdapterFileException.class, () -> parse(json)).getMessage();
    }

    @Test
    void theMinimalFileTakesTheDefaults() {
        AdapterFile adapter = parse(MINIMAL);
        assertEquals("kv", adapter.name());
        assertEquals("", adapter.description());
        assertEquals(Map.of("register", List.of()), adapter.workloads());
        assertEquals(new NodeLimits(1, 9), adapter.nodes());
        assertEquals(new AdapterFile.Image(null, List.of("COPY kv /usr/local/bin/kv"),
                Map.of("kv", Path.of("/adapters/build/kv"))), adapter.image());
        assertEquals(List.of("kv", "--id", "2", "--peers", "n1:9000,n2:9000", "--dir", "/var/lib/ballot"),
                adapter.node().commandFor(2, List.of("n1", "n2"), true));
        assertEquals(new Readiness.TcpConnect(), adapter.node().readiness());
        assertEquals(Duration.ofSeconds(60), adapter.node().startTimeout());
        assertNull(adapter.node().process());
        assertEquals(List.of(), adapter.variant());
        assertNull(adapter.leaderIds());
    }

    @Test
    void everyOptionalFieldIsRead() {
        AdapterFile adapter = parse(MINIMAL.replace("\"name\": \"kv\",", """
                "name": "kv", "description": "a key-value store",
                "nodes": {"min": 3, "max": 5},
                "environment": {"NODE": "{name}"},
                "peer": "{id}@{name}:{peer-port}",
                "first_start": ["--new-cluster"],
                "variant": ["--flaw={variant}"],
                "start_timeout_s": 2.5,
                "process": "kv --id",
                "leader_ids": "id",
                // comments are allowed
                """).replace("{\"tcp_connect\": true}", "{\"http_get\": \"/ready\"}"));
        assertEquals("a key-value store", adapter.description());
        assertEquals(new NodeLimits(3, 5), adapter.nodes());
        assertEquals(Map.of("NODE", "n1"), adapter.node().environmentFor(1, List.of("n1")));
        assertEquals(List.of("kv", "--id", "1", "--peers", "1@n1:9000", "--dir", "/var/lib/ballot",
                "--new-cluster"), adapter.node().commandFor(1, List.of("n1"), true));
        assertEquals(List.of("--flaw={variant}"), adapter.variant());
        assertEquals(Duration.ofMillis(2500), adapter.node().startTimeout());
        assertEquals("kv --id", adapter.node().process());
        assertEquals(NodeIds.ID, adapter.leaderIds());
        assertEquals(new Readiness.HttpGet("/ready"), adapter.node().readiness());
    }

    @Test
    void badJsonNamesTheFileLineAndColumn() {
        String message = assertThrows(AdapterFileException.class, () -> parse("{\n  \"name\": kv\n}"))
                .getMessage();
        assertEquals("/adapters/kv.json: line 2, column 11: not valid JSON: ", message.substring(0, 54));
    }

    @Test
    void errorsNameTheFileAndTheField() {
        assertEquals("/adapters/kv.json: client_port: missing", error("\"client_port\": 8080,", ""));
        assertEquals("/adapters/kv.json: client_port: expected an integer from 1 to 65535, got \"8080\"",
                error("8080", "\"8080\""));
        assertEquals("/adapters/kv.json: comand: unknown field; known: [client_port, command, data_dir, "
                + "description, environment, first_start, image, leader_ids, name, nodes, peer, "
                + "peer_port, process, ready, start_timeout_s, variant, workloads]",
                error("\"command\"", "\"comand\""));
        assertEquals("/adapters/kv.json: command[2]: unknown placeholder {ib} in '{ib}'; known: "
                + "[{client-port}, {data}, {id}, {index}, {name}, {peer-port}, {peers}]",
                error("\"{id}\"", "\"{ib}\""));
        assertEquals("/adapters/kv.json: command[1]: expected a string, got 3", error("\"--id\"", "3"));
        assertEquals("/adapters/kv.json: workloads.regsiter: unknown workload; known: [agreement, register]",
                error("\"register\"", "\"regsiter\""));
        assertEquals("/adapters/kv.json: image: give either 'context' (a directory with a Dockerfile) "
                + "or 'steps' (Dockerfile instructions after FROM ballot/base:1)",
                error("\"steps\"", "\"context\": \"docker\", \"steps\""));
        assertEquals("/adapters/kv.json: image.files.kv: expected a non-empty string, got 1",
                error("\"build/kv\"", "1"));
        assertEquals("/adapters/kv.json: ready: give exactly one of http_get (a path), tcp_connect "
                + "(true), log_line (a regular expression)", error("{\"tcp_connect\": true}", "{}"));
        assertEquals("/adapters/kv.json: ready.tcp_connect: expected true",
                error("\"tcp_connect\": true", "\"tcp_connect\": \"yes\""));
        assertEquals("/adapters/kv.json: name: expected lower case letters, digits and hyphens, got 'K V'",
                error("\"kv\",", "\"K V\","));
        assertEquals("/adapters/kv.json: data_dir: expected an absolute directory other than /, got 'data'",
                error("\"/var/lib/ballot\"", "\"data\""));
        assertEquals("/adapters/kv.json: workloads: names no workload; known: [agreement, register]",
                error("{\"register\": []}", "{}"));
    }

    @Test
    void placeholdersAreCheckedWhereTheyAreUsed() {
        String peer = error("\"name\": \"kv\",", "\"name\": \"kv\", \"peer\": \"{name}:{peers}\",");
        assertEquals("/adapters/kv.json: peer: unknown placeholder {peers} in '{name}:{peers}'; known: "
                + "[{client-port}, {id}, {index}, {name}, {peer-port}]", peer);
        String variant = error("\"name\": \"kv\",", "\"name\": \"kv\", \"variant\": [\"{variants}\"],");
        assertEquals("/adapters/kv.json: variant[0]: unknown placeholder {variants} in '{variants}'; "
                + "known: [{client-port}, {data}, {id}, {index}, {name}, {peer-port}, {peers}, {variant}]",
                variant);
        String leader = error("\"name\": \"kv\",", "\"name\": \"kv\", \"leader_ids\": \"number\",");
        assertEquals("/adapters/kv.json: leader_ids: expected index, id or name, got 'number'", leader);
    }

    @Test
    void theReferenceNodesFileIsValid() {
        AdapterFile adapter = AdapterParser.read(Path.of("../../adapters/reference-http.json"));
        assertEquals("reference-http", adapter.name());
        assertEquals(NodeIds.INDEX, adapter.leaderIds());
    }
}
