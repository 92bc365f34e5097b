package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.ConfigurationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Turns schema.migrations.locations into existing folders, or says clearly what is wrong. */
final class MigrationLocations {
    static final String PROPERTY = SchemaProperties.MIGRATIONS_LOCATIONS;

    private MigrationLocations() {
    }

    /**
     * The folders of the locations that exist. A location that does not exist is left out when
     * another one exists (Flyway and Spring Boot skip it too); when none exists, that is an error.
     */
    static List<Path> resolve(MigrationSettings settings) {
        List<Path> existing = new java.util.ArrayList<>();
        ConfigurationException firstMissing = null;
        for (String location : settings.locations()) {
            try {
                existing.add(resolve(settings.basedir(), location));
            } catch (ConfigurationException e) {
                if (location.startsWith("classpath:")) {
                    throw e;
                }
                firstMissing = firstMissing == null ? e : firstMissing;
            }
        }
        if (existing.isEmpty() && firstMissing != null) {
            throw firstMissing;
        }
        return List.copyOf(existing);
    }

    /** The locations whose folder does not exist (skipped when another one exists). */
    static List<String> missing(MigrationSettings settings) {
        return settings.locations().stream().filter(l -> !l.startsWith("classpath:"))
                .filter(l -> !Files.isDirectory(settings.basedir().resolve(l.startsWith("filesystem:")
                        ? l.substring("filesystem:".length()) : l).normalize())).toList();
    }

    private static Path resolve(Path basedir, String location) {
        if (location.startsWith("classpath:")) {
            throw new ConfigurationException(PROPERTY + ": '" + location + "' is a classpath location, which the plugin"
                    + " cannot see (it searches the plugin's own class loader). Use the folder instead, for example"
                    + " filesystem:src/main/resources/" + location.substring("classpath:".length()));
        }
        String path = location.startsWith("filesystem:") ? location.substring("filesystem:".length()) : location;
        Path dir = basedir.resolve(path).normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigurationException(PROPERTY + ": the migration location " + display(basedir, dir)
                    + " is a file, not a folder. Flyway reads every script in a folder: point " + PROPERTY
                    + " at the folder that holds it (-D" + PROPERTY + "=filesystem:" + display(basedir,
                    dir.getParent() == null ? dir : dir.getParent()) + ").");
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException(PROPERTY + ": the migration folder " + display(basedir, dir)
                    + " does not exist. Create it with a first migration (V1__init.sql), or set " + PROPERTY
                    + " (-D" + PROPERTY + "=filesystem:path/to/migrations) to where your Flyway scripts are.");
        }
        return dir;
    }

    /** Fails when no location holds a single Flyway script. */
    static void requireScripts(Path basedir, List<Path> dirs) {
        requireScripts(basedir, dirs, FlywayConventions.defaults());
    }

    /** The same, with the project's Flyway naming. */
    static void requireScripts(Path basedir, List<Path> dirs, FlywayConventions conventions) {
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                if (files.anyMatch(p -> ScriptNames.parse(p.getFileName().toString(), conventions).isPresent())) {
                    return;
                }
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read migration folder " + display(basedir, dir) + ": " + e.getMessage(), e);
            }
        }
        throw new ConfigurationException("No migrations found in " + dirs.stream().map(d -> display(basedir, d)).toList()
                + ": Flyway scripts are named V<version>__<description>.sql (or R__<description>.sql, with the prefix, separator and suffix the project's Flyway settings give). Add one, or set "
                + PROPERTY + " to the folder that holds them.");
    }

    static String display(Path basedir, Path shown) {
        Path file = SectionFiles.original(shown);
        Path rel = file.startsWith(basedir) ? basedir.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }
}
