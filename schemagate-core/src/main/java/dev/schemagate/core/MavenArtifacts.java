package dev.schemagate.core;

import java.nio.file.Path;
import java.util.List;

/**
 * A front end's Maven resolver, as core's artifact logic needs it ({@code maven:} baselines, the PostgreSQL binaries
 * of a major): the plugin answers with the build's own RepositorySystem, the command line with Maven Resolver run
 * standalone. Coordinates are {@code <groupId>:<artifactId>:<extension>[:<classifier>]:<version>}.
 */
public interface MavenArtifacts {
    /** The artifact's file in the local repository, downloaded first when a remote repository has it. */
    Path resolve(String coordinates) throws Unresolved;

    /** The versions in a range such as {@code (,1.4.0)} (the version part of the coordinates), oldest first. */
    List<String> versions(String coordinates) throws Unresolved;

    /** The repositories tried, for messages, e.g. {@code local /home/me/.m2/repository, central (https://…)}. */
    String repositories();

    /** The resolver could not deliver; the message is its reason (not found, offline, unreachable). */
    final class Unresolved extends Exception {
        public Unresolved(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
