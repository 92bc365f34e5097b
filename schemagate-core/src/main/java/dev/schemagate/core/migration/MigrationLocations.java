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

    static List<Path> resolve(MigrationSettings settings) {
        return settings.locations().stream().map(l -> resolve(settings.basedir(), l)).toList();
    }

    private static Path resolve(Path basedir, String location) {
        if (location.startsWith("classpath:")) {
            throw new ConfigurationException(PROPERTY + ": '" + location + "' is a classpath location, which the plugin"
                    + " cannot see (it searches the plugin's own class loader). Use the folder instead, for example"
                    + " filesystem:src/main/resources/" + location.substring("classpath:".length()));
        }
        String path = location.startsWith("filesystem:") ? location.substring("filesystem:".length()) : location;
        Path dir = basedir.resolve(path).normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigurationException(PROPERTY + ": the migration folder " + display(basedir, dir)
                    + " does not exist. Create it with a first migration (V1__init.sql), or set " + PROPERTY
                    + " (-D" + PROPERTY + "=filesystem:path/to/migrations) to where your Flyway scripts are.");
        }
        return dir;
    }

    /** Fails when no location holds a single Flyway script. */
    static void requireScripts(Path basedir, List<Path> dirs) {
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                if (files.anyMatch(p -> isScript(p.getFileName().toString()))) {
                    return;
                }
            } catch (IOException e) {
                throw new ConfigurationException("Cannot read migration folder " + display(basedir, dir) + ": " + e.getMessage(), e);
            }
        }
        throw new ConfigurationException("No migrations found in " + dirs.stream().map(d -> display(basedir, d)).toList()
                + ": Flyway scripts are named V<version>__<description>.sql (or R__<description>.sql). Add one, or set "
                + PROPERTY + " to the folder that holds them.");
    }

    private static boolean isScript(String name) {
        return name.endsWith(".sql") && (ScriptNames.parse(name).isPresent());
    }

    static String display(Path basedir, Path file) {
        Path rel = file.startsWith(basedir) ? basedir.relativize(file) : file;
        return rel.toString().replace('\\', '/');
    }
}
