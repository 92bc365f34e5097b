package dev.schemagate.maven;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.db.PostgresMajor;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

import java.nio.file.Path;
import java.util.List;

/**
 * The embedded PostgreSQL binaries of another major than the bundled one (schema.db.version),
 * resolved like any artifact from the project's repositories; core gets the jar's path.
 */
final class MavenPostgresBinaries {
    private MavenPostgresBinaries() {
    }

    static Path resolve(int major, RepositorySystem system, RepositorySystemSession session,
                        List<RemoteRepository> repositories, Log log) {
        DefaultArtifact artifact = new DefaultArtifact(PostgresMajor.BINARIES_GROUP, PostgresMajor.BINARIES_ARTIFACT,
                "jar", PostgresMajor.binariesVersion(major));
        try {
            Path jar = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact()
                    .getFile().toPath();
            log.info("PostgreSQL " + major + " (" + SchemaProperties.DB_VERSION + "): binaries " + artifact);
            return jar;
        } catch (ArtifactResolutionException e) {
            throw new ConfigurationException(SchemaProperties.DB_VERSION + "=" + major + ": cannot resolve " + artifact
                    + " (" + e.getMessage() + "). It is on Maven Central; check that the build can reach it (or a"
                    + " mirror of it), or use -D" + SchemaProperties.DB_PROVIDER + "=testcontainers.", e);
        }
    }
}
