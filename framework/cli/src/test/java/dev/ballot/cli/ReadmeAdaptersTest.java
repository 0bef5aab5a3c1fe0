package dev.ballot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.adapter.AdapterParser;
import dev.ballot.adapter.DeclarativeProvider;
import dev.ballot.adapter.Systems;
import dev.ballot.history.OpType;
import dev.ballot.sut.Client;
import dev.ballot.sut.NodeAddress;
import dev.ballot.sut.Request;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemProvider;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two example adapters work as the guide says: the adapter file is valid, and the
 * Java adapter compiles against Ballot and is found by the service loader once its jar's service
 * file names it.
 */
class ReadmeAdaptersTest {
    private static final Path HOME = SystemOptions.defaultHome();

    /** The first fenced block of {@code language} in the README that contains {@code marker}. */
    private static String block(String language, String marker) throws IOException {
        Matcher blocks = Pattern.compile("(?ms)^```" + language + "\\n(.*?)^```$")
                .matcher(Files.readString(HOME.resolve("README.md")));
        while (blocks.find()) {
            if (blocks.group(1).contains(marker)) {
                return blocks.group(1);
            }
        }
        throw new AssertionError("no " + language + " block with '" + marker + "' in the README");
    }

    @Test
    void theAdapterFileIsValid() throws IOException {
        SystemProvider provider = new DeclarativeProvider(AdapterParser.parse(
                HOME.resolve("mykv.json"), block("json", "\"name\": \"mykv\"")));
        SystemUnderTest mykv = provider.create(new SystemOptions("register", null, HOME));
        assertEquals(List.of("mykv", "--id", "1", "--peers", "n1:7000,n2:7000,n3:7000", "--data-dir",
                "/var/lib/ballot", "--client-port", "8080", "--peer-port", "7000"),
                mykv.node().commandFor(1, List.of("n1", "n2", "n3")));
    }

    @Test
    void theJavaAdapterCompilesAndIsFoundByTheServiceLoader(@TempDir Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src")).resolve("LineKvProvider.java");
        Files.writeString(source, block("java", "implements SystemProvider"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-cp", System.getProperty("java.class.path"),
                "-d", classes.toString(), source.toString()), "the example compiles");
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve("dev.ballot.sut.SystemProvider"),
                "com.example.linekv.LineKvProvider\n");
        try (URLClassLoader plugins = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            SystemProvider linekv = Systems.discover(plugins, List.of()).find("linekv");
            SystemUnderTest system = linekv.create(new SystemOptions("register", null, HOME));
            assertEquals("linekv", system.name());
            assertEquals("n1:7380,n2:7380", system.node().commandFor(1, List.of("n1", "n2")).get(4));
            int closed;
            try (ServerSocket socket = new ServerSocket(0)) {
                closed = socket.getLocalPort();
            }
            try (Client client = system.client(new NodeAddress("n1", "127.0.0.1", closed),
                    Duration.ofSeconds(1))) {
                client.open();
                assertEquals(OpType.FAIL, client.invoke(new Request("read", 0L, null, 1, 1)).type(),
                        "nothing was sent to a node that is down");
            }
            assertTrue(linekv.description().contains("line protocol"));
        }
    }
}
