package dev.schemagate.core.options;

import dev.schemagate.core.support.Secret;
import dev.schemagate.core.flywayconf.FlywaySource;

import java.nio.file.Path;
import java.util.List;

/**
 * What only the build tool can answer, asked by {@link SchemaGateOptions}: the Maven plugin resolves
 * artifacts and reads the POM and settings.xml; the command line answers what it can without Maven.
 *
 * @param binaries      the embedded PostgreSQL binaries of a major other than the bundled one
 * @param baselines     turns {@code maven:} baseline entries into {@code zip:} ones
 * @param resourceRoots the module's resource folders (classpath: Flyway locations, application.properties)
 * @param flywayPlugin  the build's own Flyway plugin configuration (null: none)
 * @param servers       credentials kept by the build tool (settings.xml servers)
 */
public record FrontEnd(PostgresBinaries binaries, BaselineResolver baselines, List<Path> resourceRoots,
                       FlywaySource flywayPlugin, Servers servers) {
    public FrontEnd {
        resourceRoots = resourceRoots == null ? List.of() : List.copyOf(resourceRoots);
    }

    /** The jar of the zonky binaries of {@code major}. */
    @FunctionalInterface
    public interface PostgresBinaries {
        Path resolve(int major);
    }

    /** A baseline spec with every {@code maven:} entry replaced by {@code zip:<file>}; other entries unchanged. */
    @FunctionalInterface
    public interface BaselineResolver {
        /** @param transitive also list every earlier release of a single {@code maven:} baseline */
        String resolve(String spec, boolean transitive);
    }

    /** A user name and password kept by the build tool under an id. */
    @FunctionalInterface
    public interface Servers {
        /** @param property the property that named the id, for the error message */
        Credentials read(String property, String id);
    }

    /** @param user null: the one the property gives */
    public record Credentials(String user, Secret password) {
    }
}
