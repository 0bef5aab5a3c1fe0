package dev.ballot.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ballot.sut.ImageRecipe;
import dev.ballot.sut.SystemOptions;
import dev.ballot.sut.SystemUnderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarativeSystemTest {
    private static final List<String> NODES = List.of("n1", "n2", "n3");
    private static final String VARIANTS = AdapterParserTest.MINIMAL.replace("\"name\": \"kv\",", """
            "name": "kv",
            "variant": ["--flaw", "{variant}", "--flaw-dir={data}/flaw"],
            "workloads": {"register": ["--mode", "kv"], "agreement": ["--mode", "consensus"]},
            """).replace("\"workloads\": {\"register\": []},", "");

    private static SystemUnderTest create(String json, String workload, String variant) {
        DeclarativeProvider provider = new DeclarativeProvider(
                AdapterParser.parse(AdapterParserTest.FILE, json));
        return provider.create(new SystemOptions(workload, variant, Path.of("/home")));
    }

    @Test
    void theCommandIsTheFilesThenTheWorkloadsThenTheVariants() {
        SystemUnderTest system = create(VARIANTS, "agreement", "lost-write");
        assertEquals("kv", system.name());
        assertEquals(Set.of("register", "agreement"), system.workloads());
        assertEquals(List.of("kv", "--id", "3", "--peers", "n1:9000,n2:9000,n3:9000", "--dir",
                "/var/lib/ballot", "--mode", "consensus", "--flaw", "lost-write",
                "--flaw-dir=/var/lib/ballot/flaw"), system.node().commandFor(3, NODES));
        assertEquals(List.of("kv", "--id", "1", "--peers", "n1:9000,n2:9000,n3:9000", "--dir",
                "/var/lib/ballot", "--mode", "kv"), create(VARIANTS, "register", null).node().commandFor(1, NODES));
    }

    @Test
    void aWorkloadOrAVariantTheFileDoesNotOfferIsRefused() {
        IllegalArgumentException workload = assertThrows(IllegalArgumentException.class,
                () -> create(AdapterParserTest.MINIMAL, "agreement", null));
        assertEquals("kv (/adapters/kv.json) does not support the workload 'agreement'; it supports "
                + "[register]", workload.getMessage());
        IllegalArgumentException variant = assertThrows(IllegalArgumentException.class,
                () -> create(AdapterParserTest.MINIMAL, "register", "lost-write"));
        assertEquals("kv (/adapters/kv.json) has no variants (its file has no 'variant' field): "
                + "cannot run 'lost-write'", variant.getMessage());
    }

    @Test
    void stepsBecomeADockerfileOnTheBaseImage(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("build"));
        Files.writeString(dir.resolve("build/kv"), "#!/bin/sh\n");
        DeclarativeProvider provider = new DeclarativeProvider(
                AdapterParser.parse(dir.resolve("kv.json"), AdapterParserTest.MINIMAL));
        ImageRecipe image = provider.create(new SystemOptions("register", null, dir)).image();
        assertEquals("ballot/adapter-kv", image.tag());
        assertEquals("FROM ballot/base:1\nCOPY kv /usr/local/bin/kv\n", Files.readString(image.dockerfile()));
        assertEquals(Map.of("kv", dir.resolve("build/kv")), image.files());
    }

    @Test
    void aMissingFileToCopyInIsNamed(@TempDir Path dir) {
        SystemUnderTest system = new DeclarativeProvider(AdapterParser.parse(dir.resolve("kv.json"),
                AdapterParserTest.MINIMAL)).create(new SystemOptions("register", null, dir));
        IllegalStateException missing = assertThrows(IllegalStateException.class, system::image);
        assertEquals(dir.resolve("kv.json") + ": image.files.kv: " + dir.resolve("build/kv")
                + " does not exist (is it built?)", missing.getMessage());
    }

    @Test
    void aContextDirectoryIsUsedAsItIs(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docker"));
        String json = AdapterParserTest.MINIMAL.replace("\"steps\": [\"COPY kv /usr/local/bin/kv\"], "
                + "\"files\": {\"kv\": \"build/kv\"}", "\"context\": \"docker\"");
        SystemUnderTest system = new DeclarativeProvider(AdapterParser.parse(dir.resolve("kv.json"),
                json)).create(new SystemOptions("register", null, dir));
        assertTrue(assertThrows(IllegalStateException.class, system::image).getMessage()
                .endsWith("image.context: " + dir.resolve("docker") + " has no Dockerfile"));
        Files.writeString(dir.resolve("docker/Dockerfile"), "FROM ballot/base:1\n");
        assertEquals(dir.resolve("docker"), system.image().context());
    }
}
