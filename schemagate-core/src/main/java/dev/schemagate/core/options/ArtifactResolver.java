package dev.schemagate.core.options;

import dev.schemagate.core.Log;

import java.nio.file.Path;
import java.util.List;

/**
 * A front end's Maven resolver, for what only artifacts give: the PostgreSQL binaries of a major other than the
 * bundled one, and {@code maven:} baselines. The plugin implements it with the build's RepositorySystem, the
 * command line with Maven Resolver run standalone; which artifacts, and the messages when they cannot be had, are
 * core's ({@link #postgresBinaries}, {@link #baselines}). Coordinates are
 * {@code <groupId>:<artifactId>:<extension>[:<classifier>]:<version>}.
 */
public interface ArtifactResolver {
    /** The artifact's file in the local repository, downloaded first when a remote repository has it. */
    Path resolve(String coordinates) throws Unresolved;

    /** The versions in a range such as {@code (,1.4.0)} (the version part of the coordinates), oldest first. */
    List<String> versions(String coordinates) throws Unresolved;

    /** The repositories tried, for messages, e.g. {@code local /home/me/.m2/repository, central (https://…)}. */
    String repositories();

    /**
     * The zonky binaries jar of {@code major}, for {@link FrontEnd.PostgresBinaries}.
     *
     * @param property how the user names schema.db.version (the property, or the CLI's --db.version)
     */
    default Path postgresBinaries(int major, Log log, String property) {
        return MavenArtifacts.binaries(major, this, log, property);
    }

    /**
     * A baseline spec with its {@code maven:} entries as {@code zip:} ones, for {@link FrontEnd.BaselineResolver}.
     *
     * @param property how the user names schema.baseline (the property, or the CLI's --baseline)
     */
    default String baselines(String spec, boolean transitive, Log log, String property) {
        return MavenArtifacts.baselines(spec, transitive, this, log, property);
    }

    /** The resolver could not deliver; the message is its reason (not found, offline, unreachable). */
    final class Unresolved extends Exception {
        public Unresolved(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
