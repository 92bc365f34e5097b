package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the previous release's files from schema.baseline: {@code git:<ref>}, {@code dir:<path>},
 * or (resolved by the build tool, which hands over a folder) {@code maven:...}. Without a setting:
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
        throw new ConfigurationException(SchemaProperties.BASELINE + "=" + effective + " is not a baseline. Use"
                + " git:<ref> (a tag or branch) or dir:<path> (a folder holding the previous release's module).");
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
