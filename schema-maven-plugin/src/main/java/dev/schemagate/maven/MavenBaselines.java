package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.options.ArtifactResolver;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.version.Version;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns {@code maven:<groupId>:<artifactId>:<version>} baselines into the {@code zip:} baselines
 * core reads (core's ArtifactResolver.baselines), resolved from the project's repositories. Core never sees Maven.
 */
final class MavenBaselines {
    private final Artifacts artifacts;
    private final MavenLog log;

    MavenBaselines(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
                   Log log) {
        this.artifacts = new Artifacts(system, session, repositories);
        this.log = new MavenLog(log);
    }

    /**
     * @param transitive also list every earlier released version of a single {@code maven:} baseline
     * @return the spec with each {@code maven:} entry replaced by {@code zip:<file>}; other entries unchanged
     */
    String resolve(String spec, boolean transitive) {
        return artifacts.baselines(spec, transitive, log, SchemaProperties.BASELINE);
    }

    /** The build's RepositorySystem, as core's artifact logic asks for it. */
    record Artifacts(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> remotes)
            implements ArtifactResolver {
        Artifacts {
            remotes = remotes == null ? List.of() : remotes;
        }

        @Override
        public Path resolve(String coordinates) throws Unresolved {
            try {
                return system.resolveArtifact(session, new ArtifactRequest(new DefaultArtifact(coordinates), remotes,
                        null)).getArtifact().getFile().toPath();
            } catch (ArtifactResolutionException e) {
                throw new Unresolved(e.getMessage(), e);
            }
        }

        @Override
        public List<String> versions(String coordinates) throws Unresolved {
            try {
                return system.resolveVersionRange(session, new VersionRangeRequest(new DefaultArtifact(coordinates),
                        remotes, null)).getVersions().stream().map(Version::toString).toList();
            } catch (VersionRangeResolutionException e) {
                throw new Unresolved(e.getMessage(), e);
            }
        }

        @Override
        public String repositories() {
            return "the local repository" + (remotes.isEmpty() ? "" : " or "
                    + remotes.stream().map(RemoteRepository::getId).toList());
        }
    }
}
