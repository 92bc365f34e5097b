package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

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
        return new MavenBaselines.Artifacts(system, session, repositories).postgresBinaries(major, new MavenLog(log),
                SchemaProperties.DB_VERSION);
    }
}
