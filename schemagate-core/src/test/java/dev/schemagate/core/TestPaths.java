package dev.schemagate.core;

import java.nio.file.Path;

/** Folders of this repository, for tests. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("schemagate.repoRoot", "..")).toAbsolutePath().normalize();
    }

    public static Path sampleProject() {
        return repoRoot().resolve("sample-project");
    }

    public static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name).toAbsolutePath();
    }
}
