package dev.schemagate.maven;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.baseline.BaselineArchive;
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

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code maven:<groupId>:<artifactId>:<version>} baselines into the {@code zip:} baselines
 * core reads: the release's {@code schemas} zip (attached by schema:attach), resolved from the
 * project's repositories. Core never sees Maven.
 */
final class MavenBaselines {
    private static final String PREFIX = "maven:";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final Log log;

    MavenBaselines(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
                   Log log) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : repositories;
        this.log = log;
    }

    /**
     * @param transitive also list every earlier released version of a single {@code maven:} baseline
     * @return the spec with each {@code maven:} entry replaced by {@code zip:<file>}; other entries unchanged
     */
    String resolve(String spec, boolean transitive) {
        if (spec == null || !spec.contains(PREFIX)) {
            return spec;
        }
        String[] parts = spec.split(",");
        List<String> resolved = new ArrayList<>();
        for (String part : parts) {
            String one = part.trim();
            if (!one.startsWith(PREFIX)) {
                resolved.add(one);
                continue;
            }
            String[] gav = coordinates(one);
            resolved.add(zip(gav[0], gav[1], gav[2], one, true));
            if (transitive && parts.length == 1) {
                for (String earlier : earlierReleases(gav)) {
                    String zip = zip(gav[0], gav[1], earlier, PREFIX + gav[0] + ":" + gav[1] + ":" + earlier, false);
                    if (zip != null) {
                        resolved.add(zip);
                    }
                }
            }
        }
        return String.join(",", resolved);
    }

    private static String[] coordinates(String spec) {
        String[] gav = spec.substring(PREFIX.length()).split(":");
        if (gav.length != 3 || List.of(gav).stream().anyMatch(String::isBlank)) {
            throw new ConfigurationException("Baseline " + spec + " is not maven:<groupId>:<artifactId>:<version>,"
                    + " e.g. maven:com.acme:orders-service:1.4.0.");
        }
        return gav;
    }

    /** The local file of the release's schemas zip; null when {@code required} is false and it is absent. */
    private String zip(String groupId, String artifactId, String version, String spec, boolean required) {
        DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, BaselineArchive.CLASSIFIER,
                BaselineArchive.TYPE, version);
        try {
            File file = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile();
            log.info("Baseline " + spec + ": " + file);
            return "zip:" + file.getAbsolutePath();
        } catch (ArtifactResolutionException e) {
            if (!required) {
                log.info("Baseline " + spec + " has no schemas zip (released before schema:attach?); skipped.");
                return null;
            }
            throw new ConfigurationException("Baseline " + spec + ": cannot resolve " + artifact + " from the local"
                    + " repository or " + repositoryIds() + ". Check that this version was released with schema:attach"
                    + " (it deploys the '" + BaselineArchive.CLASSIFIER + "' zip) and that its repository is in your POM"
                    + " or settings.xml, or use a git: or dir: baseline.", e);
        }
    }

    /** Released (non-SNAPSHOT) versions below the given one, newest first. */
    private List<String> earlierReleases(String[] gav) {
        DefaultArtifact range = new DefaultArtifact(gav[0], gav[1], BaselineArchive.CLASSIFIER, BaselineArchive.TYPE,
                "(," + gav[2] + ")");
        try {
            List<Version> versions = new ArrayList<>(system.resolveVersionRange(session,
                    new VersionRangeRequest(range, repositories, null)).getVersions());
            java.util.Collections.reverse(versions);
            return versions.stream().map(Version::toString).filter(v -> !v.endsWith("-SNAPSHOT")).toList();
        } catch (VersionRangeResolutionException e) {
            throw new ConfigurationException("Cannot list the earlier releases of " + gav[0] + ":" + gav[1] + " from "
                    + repositoryIds() + ": " + e.getMessage(), e);
        }
    }

    private String repositoryIds() {
        return repositories.isEmpty() ? "no remote repository"
                : repositories.stream().map(RemoteRepository::getId).toList().toString();
    }
}
