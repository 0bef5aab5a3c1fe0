package dev.ballot.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.sut.SystemProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery: the class path's providers (this module's tests register {@link TestProvider}), then
 * the adapter files of each directory.
 */
class SystemsTest {

    private static Systems discover(Path... dirs) {
        return Systems.discover(SystemsTest.class.getClassLoader(), List.of(dirs));
    }

    private static List<String> names(Systems systems) {
        return systems.providers().stream().map(SystemProvider::name).toList();
    }

    @Test
    void providersComeFromTheClassPathThenFromAdapterFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kv.json"), AdapterParserTest.MINIMAL);
        Files.writeString(dir.resolve("notes.txt"), "not an adapter");
        Systems systems = discover(dir, dir.resolve("missing"));
        assertEquals(List.of(TestProvider.NAME, "kv"), names(systems));
        assertEquals(List.of(), systems.problems());
        assertEquals(TestProvider.class, systems.find(TestProvider.NAME).getClass());
        assertEquals("kv", systems.find("kv").name());
    }

    @Test
    void anUnknownNameIsAnErrorThatListsWhatIsInstalled() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> discover().find("zookeeper"));
        assertEquals("unknown system 'zookeeper'; installed: " + TestProvider.NAME, unknown.getMessage());
    }

    @Test
    void aBadFileOrATakenNameIsAProblemNotAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), AdapterParserTest.MINIMAL);
        Files.writeString(dir.resolve("b.json"), AdapterParserTest.MINIMAL);
        Files.writeString(dir.resolve("c.json"), "{\"name\": \"broken\"}");
        Systems systems = discover(dir);
        assertEquals(List.of(TestProvider.NAME, "kv"), names(systems));
        assertEquals(List.of(dir.resolve("b.json") + ": the name 'kv' is taken; skipped",
                dir.resolve("c.json") + ": workloads: missing"), systems.problems());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> systems.find("broken"))
                .getMessage().endsWith("(and problems: " + String.join("; ", systems.problems()) + ")"));
    }

    @Test
    void aPathNamesAnAdapterFileThatNeedNotBeInstalled(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("kv.json"), AdapterParserTest.MINIMAL);
        assertEquals("kv", discover().find(file.toString()).name());
        AdapterFileException missing = assertThrows(AdapterFileException.class,
                () -> discover().find(dir.resolve("none.json").toString()));
        assertTrue(missing.getMessage().startsWith(dir.resolve("none.json") + ": cannot be read"),
                missing.getMessage());
    }
}
