package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the previous release's files from schema.baseline: {@code git:<ref>}, {@code dir:<path>},
 * {@code zip:<path>} (a schemas zip of schema:attach); {@code maven:...} is resolved by the build
 * tool, which hands over a {@code zip:}. Without a setting:
 * the merge request's target branch in a GitLab MR pipeline, else the newest tag, else none.
 */
public final class Baselines {
    private Baselines() {
    }

    public static Optional<BaselineFiles> resolve(String spec, Path basedir, Map<String, String> env, Log log) {
        String effective = spec == null || spec.isBlank() ? defaultSpec(basedir, env, log) : spec.trim();
        if (effective == null) {
            return Optional.empty();
        }
        if (effective.contains(",")) {
            // a list of releases, newest first (the transitive modes read all): one baseline is the first
            effective = effective.substring(0, effective.indexOf(',')).trim();
        }
        if (effective.startsWith("dir:")) {
            Path dir = basedir.resolve(effective.substring(4)).normalize();
            if (!Files.isDirectory(dir)) {
                throw new ConfigurationException(SchemaProperties.BASELINE + "=" + effective + ": the folder " + dir
                        + " does not exist. Point it at a copy of the previous release's module folder.");
            }
            return Optional.of(new BaselineFiles(dir, effective, null));
        }
        if (effective.startsWith("git:")) {
            return Optional.of(GitBaseline.extract(basedir, effective.substring(4), effective));
        }
        if (effective.startsWith("zip:")) {
            Path zip = basedir.resolve(effective.substring(4)).normalize();
            return Optional.of(BaselineArchive.extract(zip, "zip:" + zip.getFileName()));
        }
        if (effective.startsWith("maven:")) {
            throw new ConfigurationException(SchemaProperties.BASELINE + "=" + effective + ": maven: baselines are"
                    + " resolved by the Maven plugin; outside Maven, download the release's schemas zip and use zip:<path>.");
        }
        throw new ConfigurationException(SchemaProperties.BASELINE + "=" + effective + " is not a baseline. Use"
                + " git:<ref> (a tag or branch), dir:<path> (a folder holding the previous release's module),"
                + " maven:<groupId>:<artifactId>:<version> (a release's schemas zip) or zip:<path>.");
    }

    /**
     * Every earlier release, for the transitive compatibility modes, newest first: each entry of a
     * comma-separated list, or for git the ref (given or default) and every tag reachable from it.
     */
    public static List<BaselineFiles> resolveHistory(String spec, Path basedir, Map<String, String> env, Log log) {
        String effective = spec == null || spec.isBlank() ? defaultSpec(basedir, env, log) : spec.trim();
        if (effective == null) {
            return List.of();
        }
        List<String> specs = new ArrayList<>();
        for (String part : effective.split(",")) {
            String one = part.trim();
            if (one.isEmpty() || specs.contains(one)) {
                continue;
            }
            specs.add(one);
            if (one.startsWith("git:") && !effective.contains(",")) {
                GitBaseline.tagsReachableFrom(basedir, one.substring(4)).stream().map(t -> "git:" + t)
                        .filter(t -> !specs.contains(t)).forEach(specs::add);
            }
        }
        log.info("Transitive baselines (" + specs.size() + "): " + String.join(", ", specs));
        List<BaselineFiles> history = new ArrayList<>();
        try {
            for (String one : specs) {
                resolve(one, basedir, env, log).ifPresent(history::add);
            }
            return history;
        } catch (RuntimeException e) {
            history.forEach(BaselineFiles::close);
            throw e;
        }
    }

    /** The git working tree's top folder, when the module is in one (report paths are relative to it). */
    public static Optional<Path> repositoryRoot(Path moduleDir) {
        return GitBaseline.topLevel(moduleDir);
    }

    private static String defaultSpec(Path basedir, Map<String, String> env, Log log) {
        String target = env.get("CI_MERGE_REQUEST_TARGET_BRANCH_NAME");
        if (target != null && !target.isBlank()) {
            String ref = GitBaseline.exists(basedir, "origin/" + target) ? "origin/" + target : target;
            log.info("Baseline: the merge request's target branch, git:" + ref);
            return "git:" + ref;
        }
        Optional<String> tag = GitBaseline.newestTag(basedir);
        if (tag.isPresent()) {
            log.info("Baseline: the newest tag, git:" + tag.get() + " (set " + SchemaProperties.BASELINE + " to choose another)");
            return "git:" + tag.get();
        }
        log.info("No baseline: no " + SchemaProperties.BASELINE + ", no merge request and no tag, so checks against the"
                + " previous release are skipped.");
        return null;
    }
}
