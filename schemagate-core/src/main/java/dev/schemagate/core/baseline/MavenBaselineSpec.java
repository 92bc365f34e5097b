package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.MavenArtifacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns {@code maven:<groupId>:<artifactId>:<version>} baselines into the {@code zip:} baselines core reads: the
 * release's {@code schemas} zip (attached by schema:attach), from a front end's Maven resolver. Both front ends
 * share this; they differ only in how they resolve.
 */
public final class MavenBaselineSpec {
    public static final String PREFIX = "maven:";

    private MavenBaselineSpec() {
    }

    /**
     * @param property   how the user named the baseline (schema.baseline, --baseline), for messages
     * @param transitive also list every earlier released version of a single {@code maven:} baseline
     * @return the spec with each {@code maven:} entry replaced by {@code zip:<file>}; other entries unchanged
     */
    public static String resolve(String spec, boolean transitive, MavenArtifacts artifacts, Log log, String property) {
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
            String[] gav = coordinates(one, property);
            resolved.add(zip(gav[0], gav[1], gav[2], one, true, artifacts, log, property));
            if (transitive && parts.length == 1) {
                for (String earlier : earlierReleases(gav, artifacts, property)) {
                    String zip = zip(gav[0], gav[1], earlier, PREFIX + gav[0] + ":" + gav[1] + ":" + earlier, false,
                            artifacts, log, property);
                    if (zip != null) {
                        resolved.add(zip);
                    }
                }
            }
        }
        return String.join(",", resolved);
    }

    /** The coordinates of a release's schemas zip. */
    public static String zipCoordinates(String groupId, String artifactId, String version) {
        return groupId + ":" + artifactId + ":" + BaselineArchive.TYPE + ":" + BaselineArchive.CLASSIFIER + ":" + version;
    }

    static String[] coordinates(String spec, String property) {
        String[] gav = spec.substring(PREFIX.length()).split(":");
        if (gav.length != 3 || List.of(gav).stream().anyMatch(String::isBlank)) {
            throw new ConfigurationException(property + "=" + spec + " is not maven:<groupId>:<artifactId>:<version>,"
                    + " e.g. maven:com.acme:orders-service:1.4.0.");
        }
        return gav;
    }

    /** The local file of the release's schemas zip; null when {@code required} is false and it is absent. */
    private static String zip(String groupId, String artifactId, String version, String spec, boolean required,
                              MavenArtifacts artifacts, Log log, String property) {
        String coordinates = zipCoordinates(groupId, artifactId, version);
        try {
            String file = artifacts.resolve(coordinates).toAbsolutePath().toString();
            log.info("Baseline " + spec + ": " + file);
            return "zip:" + file;
        } catch (MavenArtifacts.Unresolved e) {
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
    private static List<String> earlierReleases(String[] gav, MavenArtifacts artifacts, String property) {
        try {
            List<String> versions = new ArrayList<>(artifacts.versions(zipCoordinates(gav[0], gav[1], "(," + gav[2] + ")")));
            Collections.reverse(versions);
            return versions.stream().filter(v -> !v.endsWith("-SNAPSHOT")).toList();
        } catch (MavenArtifacts.Unresolved e) {
            throw new ConfigurationException(property + "=" + PREFIX + String.join(":", gav) + ": cannot list the earlier"
                    + " releases of " + gav[0] + ":" + gav[1] + " from " + artifacts.repositories() + ": " + e.getMessage(), e);
        }
    }
}
