package dev.schemagate.core.options;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.baseline.BaselineArchive;
import dev.schemagate.core.baseline.BaselineSpec;
import dev.schemagate.core.db.PostgresMajor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which artifacts both front ends resolve, and what they say when one cannot be had: the zonky binaries of a
 * PostgreSQL major (schema.db.version), and for {@code maven:<groupId>:<artifactId>:<version>} baselines the
 * release's {@code schemas} zip (attached by schema:attach), with its earlier releases for a transitive mode.
 */
final class MavenArtifacts {
    private static final String PREFIX = BaselineSpec.Kind.MAVEN.prefix();

    private MavenArtifacts() {
    }

    /**
     * The binaries jar of a major, from a front end's Maven resolver.
     *
     * @param property how the user names schema.db.version: the property, or the CLI's --db.version
     */
    static Path binaries(int major, ArtifactResolver artifacts, Log log, String property) {
        String coordinates = PostgresMajor.binariesCoordinates(major);
        try {
            Path jar = artifacts.resolve(coordinates);
            log.info("PostgreSQL " + major + " (" + property + "): binaries " + coordinates);
            return jar;
        } catch (ArtifactResolver.Unresolved e) {
            throw new ConfigurationException(property + "=" + major + ": cannot resolve " + coordinates + " from "
                    + artifacts.repositories() + " (" + e.getMessage() + "). It is on Maven Central; check that the"
                    + " build can reach it (or a mirror of it), or use " + (property.startsWith("--") ? "--db.provider"
                    : "-D" + SchemaProperties.DB_PROVIDER) + "=testcontainers.", e);
        }
    }

    /**
     * @param property   how the user named the baseline (schema.baseline, --baseline), for messages
     * @param transitive also list every earlier released version of a single {@code maven:} baseline
     * @return the spec with each {@code maven:} entry replaced by {@code zip:<file>}; other entries unchanged
     */
    static String baselines(String spec, boolean transitive, ArtifactResolver artifacts, Log log, String property) {
        BaselineSpec parsed = BaselineSpec.parse(spec).orElse(null);
        if (parsed == null || parsed.entries().stream().noneMatch(e -> e.kind() == BaselineSpec.Kind.MAVEN)) {
            return spec;
        }
        List<String> resolved = new ArrayList<>();
        for (BaselineSpec.Entry entry : parsed.entries()) {
            if (entry.kind() != BaselineSpec.Kind.MAVEN) {
                resolved.add(entry.text());
                continue;
            }
            List<String> gav = entry.coordinates();
            resolved.add(zip(gav.get(0), gav.get(1), gav.get(2), entry.text(), true, artifacts, log, property));
            if (transitive && !parsed.isList()) {
                for (String earlier : earlierReleases(gav, artifacts, property)) {
                    String zip = zip(gav.get(0), gav.get(1), earlier, PREFIX + gav.get(0) + ":" + gav.get(1) + ":"
                            + earlier, false, artifacts, log, property);
                    if (zip != null) {
                        resolved.add(zip);
                    }
                }
            }
        }
        return String.join(",", resolved);
    }

    /** The coordinates of a release's schemas zip. */
    static String zipCoordinates(String groupId, String artifactId, String version) {
        return groupId + ":" + artifactId + ":" + BaselineArchive.TYPE + ":" + BaselineArchive.CLASSIFIER + ":" + version;
    }

    /** The local file of the release's schemas zip; null when {@code required} is false and it is absent. */
    private static String zip(String groupId, String artifactId, String version, String spec, boolean required,
                              ArtifactResolver artifacts, Log log, String property) {
        String coordinates = zipCoordinates(groupId, artifactId, version);
        try {
            String file = artifacts.resolve(coordinates).toAbsolutePath().toString();
            log.info("Baseline " + spec + ": " + file);
            return "zip:" + file;
        } catch (ArtifactResolver.Unresolved e) {
            if (!required) {
                log.info("Baseline " + spec + " has no schemas zip (released before schema:attach?); skipped.");
                return null;
            }
            throw new ConfigurationException("Baseline " + spec + ": cannot resolve " + coordinates + " from "
                    + artifacts.repositories() + " (" + e.getMessage() + "). Check that this version was released with"
                    + " schema:attach (it deploys the '" + BaselineArchive.CLASSIFIER + "' zip) and that its repository"
                    + " is in your POM or settings.xml, or give " + property + " a git: or dir: baseline.", e);
        }
    }

    /** Released (non-SNAPSHOT) versions below the given one, newest first. */
    private static List<String> earlierReleases(List<String> gav, ArtifactResolver artifacts, String property) {
        try {
            List<String> versions = new ArrayList<>(artifacts.versions(zipCoordinates(gav.get(0), gav.get(1),
                    "(," + gav.get(2) + ")")));
            Collections.reverse(versions);
            return versions.stream().filter(v -> !v.endsWith("-SNAPSHOT")).toList();
        } catch (ArtifactResolver.Unresolved e) {
            throw new ConfigurationException(property + "=" + PREFIX + String.join(":", gav) + ": cannot list the earlier"
                    + " releases of " + gav.get(0) + ":" + gav.get(1) + " from " + artifacts.repositories() + ": " + e.getMessage(), e);
        }
    }
}
