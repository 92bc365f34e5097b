package dev.schemagate.core.flywayconf;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the project's Flyway settings can be, as the build tool sees them.
 *
 * @param resourceRoots the module's resource folders, for classpath: locations and application.properties
 *                      (src/main/resources when empty)
 * @param buildPlugin   flyway-maven-plugin's configuration and flyway.* build properties (null: none)
 * @param environment   the process environment (FLYWAY_*, and ${...} in Spring properties)
 */
public record FlywayInputs(Path basedir, List<Path> resourceRoots, FlywaySource buildPlugin,
                           Map<String, String> environment) {
    public FlywayInputs {
        resourceRoots = resourceRoots == null || resourceRoots.isEmpty()
                ? List.of(basedir.resolve("src/main/resources")) : List.copyOf(resourceRoots);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
    }
}
