package dev.schemagate.core.db;

import dev.schemagate.core.Log;

import java.nio.file.Path;

/** Run in a JVM whose environment points Testcontainers at no Docker; prints what the user would see. */
public final class DockerMissingProbe {
    private DockerMissingProbe() {
    }

    public static void main(String[] args) {
        try (Database db = Databases.start(DatabaseSettings.embedded(Path.of(args[0]))
                .withProvider(DatabaseProvider.TESTCONTAINERS), Log.silent())) {
            System.out.println("PROBE: started " + db.jdbcUrl());
        } catch (RuntimeException e) {
            System.out.println("PROBE: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
