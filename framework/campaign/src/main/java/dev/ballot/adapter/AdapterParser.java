package dev.ballot.adapter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ballot.generator.AgreementWorkload;
import dev.ballot.generator.RegisterWorkload;
import dev.ballot.sut.NodeIds;
import dev.ballot.sut.NodeLimits;
import dev.ballot.sut.NodeSpec;
import dev.ballot.sut.Readiness;
import dev.ballot.sut.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an adapter file (JSON; {@code //} and {@code /* *}{@code /} comments allowed) into an
 * {@link AdapterFile}, refusing anything it would not use: a missing or misspelt field, a value of
 * the wrong type, an unknown workload or placeholder. The README's "Testing your own
 * implementation" documents every field.
 */
public final class AdapterParser {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.ALLOW_COMMENTS);
    private static final Set<String> FIELDS = Set.of("name", "description", "workloads", "nodes",
            "image", "command", "environment", "peer", "first_start", "variant", "data_dir",
            "client_port", "peer_port", "ready", "start_timeout_s", "process", "leader_ids");
    private static final Set<String> WORKLOADS = Set.of(RegisterWorkload.NAME, AgreementWorkload.NAME);
    private static final int DEFAULT_MAX_NODES = 9;
    private static final double DEFAULT_START_TIMEOUT_S = 60;

    private AdapterParser() {
    }

    /** @throws AdapterFileException if it cannot be read or is not a valid adapter */
    public static AdapterFile read(Path file) {
        try {
            return parse(file, Files.readString(file));
        } catch (IOException e) {
            throw new AdapterFileException(file, null, "cannot be read: " + e);
        }
    }

    /** @param file the file {@code json} came from, for relative paths and messages */
    public static AdapterFile parse(Path file, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AdapterFileException(file, null, "line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null) {
            throw new AdapterFileException(file, null, "empty");
        }
        Fields top = new Fields(file, "", root);
        top.onlyKnown(FIELDS);
        Path dir = file.toAbsolutePath().getParent();
        String name = top.text("name");
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw top.error("name", "expected lower case letters, digits and hyphens, got '" + name + "'");
        }
        Map<String, List<String>> workloads = workloads(top.object("workloads"));
        NodeSpec node = node(top);
        List<String> variant = top.strings("variant");
        checkTemplates(top, "variant", variant, with(NodeSpec.NODE_PLACEHOLDERS, "variant"));
        return new AdapterFile(file, name, top.text("description", ""), workloads, nodes(top),
                image(top.object("image"), dir), node, variant, leaderIds(top));
    }

    private static Map<String, List<String>> workloads(Fields workloads) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (String workload : workloads.names()) {
            if (!WORKLOADS.contains(workload)) {
                throw workloads.error(workload, "unknown workload; known: " + WORKLOADS.stream().sorted().toList());
            }
            List<String> args = workloads.strings(workload);
            checkTemplates(workloads, workload, args, NodeSpec.NODE_PLACEHOLDERS);
            result.put(workload, args);
        }
        if (result.isEmpty()) {
            throw workloads.error(null, "names no workload; known: " + WORKLOADS.stream().sorted().toList());
        }
        return result;
    }

    private static NodeLimits nodes(Fields top) {
        if (!top.has("nodes")) {
            return new NodeLimits(1, DEFAULT_MAX_NODES);
        }
        Fields nodes = top.object("nodes");
        nodes.onlyKnown(Set.of("min", "max"));
        int min = nodes.integer("min", 1, 99, 1);
        return new NodeLimits(min, nodes.integer("max", min, 99, Math.max(min, DEFAULT_MAX_NODES)));
    }

    private static AdapterFile.Image image(Fields image, Path dir) {
        image.onlyKnown(Set.of("context", "steps", "files"));
        if (image.has("context") == image.has("steps")) {
            throw image.error(null, "give either 'context' (a directory with a Dockerfile) or "
                    + "'steps' (Dockerfile instructions after FROM ballot/base:1)");
        }
        Path context = image.has("context") ? dir.resolve(image.text("context")).normalize() : null;
        List<String> steps = image.strings("steps");
        Map<String, Path> files = new LinkedHashMap<>();
        image.textMap("files").forEach((name, path) -> files.put(name, dir.resolve(path).normalize()));
        return new AdapterFile.Image(context, steps, files);
    }

    private static NodeSpec node(Fields top) {
        List<String> command = top.strings("command");
        if (command.isEmpty()) {
            throw top.error("command", top.has("command") ? "empty" : "missing");
        }
        checkTemplates(top, "command", command, NodeSpec.NODE_PLACEHOLDERS);
        List<String> firstStart = top.strings("first_start");
        checkTemplates(top, "first_start", firstStart, NodeSpec.NODE_PLACEHOLDERS);
        Map<String, String> environment = top.textMap("environment");
        environment.forEach((name, value) ->
                check(top, "environment." + name, value, NodeSpec.NODE_PLACEHOLDERS));
        String peer = top.text("peer", NodeSpec.DEFAULT_PEER_FORMAT);
        check(top, "peer", peer, NodeSpec.PEER_PLACEHOLDERS);
        String data = top.text("data_dir");
        if (!data.startsWith("/") || data.equals("/")) {
            throw top.error("data_dir", "expected an absolute directory other than /, got '" + data + "'");
        }
        Duration startTimeout = Duration.ofMillis(Math.round(
                top.positive("start_timeout_s", DEFAULT_START_TIMEOUT_S) * 1000));
        return new NodeSpec(command, environment, data, top.integer("client_port", 1, 65535),
                top.integer("peer_port", 1, 65535), readiness(top.object("ready")), startTimeout,
                peer, firstStart, top.text("process", null));
    }

    private static Readiness readiness(Fields ready) {
        ready.onlyKnown(Set.of("http_get", "tcp_connect", "log_line"));
        if (ready.names().size() != 1) {
            throw ready.error(null, "give exactly one of http_get (a path), tcp_connect (true), "
                    + "log_line (a regular expression)");
        }
        if (ready.has("http_get")) {
            String path = ready.text("http_get");
            if (!path.startsWith("/")) {
                throw ready.error("http_get", "expected a path starting with /, got '" + path + "'");
            }
            return new Readiness.HttpGet(path);
        }
        if (ready.has("log_line")) {
            return new Readiness.LogLine(ready.text("log_line"));
        }
        if (!ready.isTrue("tcp_connect")) {
            throw ready.error("tcp_connect", "expected true");
        }
        return new Readiness.TcpConnect();
    }

    private static NodeIds leaderIds(Fields top) {
        String ids = top.text("leader_ids", null);
        if (ids == null) {
            return null;
        }
        for (NodeIds candidate : NodeIds.values()) {
            if (candidate.wireName().equals(ids)) {
                return candidate;
            }
        }
        throw top.error("leader_ids", "expected index, id or name, got '" + ids + "'");
    }

    private static void checkTemplates(Fields fields, String field, List<String> templates,
                                       Set<String> names) {
        for (int i = 0; i < templates.size(); i++) {
            check(fields, field + "[" + i + "]", templates.get(i), names);
        }
    }

    private static void check(Fields fields, String field, String template, Set<String> names) {
        try {
            Template.check(template, names);
        } catch (IllegalArgumentException e) {
            throw fields.error(field, e.getMessage());
        }
    }

    private static Set<String> with(Set<String> names, String name) {
        Set<String> all = new HashSet<>(names);
        all.add(name);
        return all;
    }
}
