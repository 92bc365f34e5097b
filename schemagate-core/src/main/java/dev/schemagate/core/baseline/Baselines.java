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
 * Finds the previous release's files from schema.baseline ({@link BaselineSpec}): {@code git:<ref>},
 * {@code dir:<path>}, {@code zip:<path>} (a schemas zip of schema:attach); {@code maven:...} is resolved by
 * the build tool, which hands over a {@code zip:}. Without a setting:
 * the merge request's target branch in a GitLab MR pipeline, else the newest tag, else none.
 */
public final class Baselines {
    private Baselines() {
    }

    /**
     * The one release the checks against the previous release compare with. Of a list (newest first, for the
     * transitive JSON Schema modes) that is its first entry: the log says so.
     *
     * @param spec schema.baseline as the user wrote it, with maven: entries already turned into zip: by the
     *             build tool; null or blank: the default
     */
    public static Optional<BaselineFiles> resolve(String spec, Path basedir, Map<String, String> env, Log log) {
        Optional<BaselineSpec> parsed = BaselineSpec.parse(spec);
        if (parsed.isPresent() && parsed.get().isList()) {
            log.info("Baseline: " + parsed.get().newest().text() + ", the newest of the " + parsed.get().entries().size()
                    + " releases listed (the transitive JSON Schema modes compare with each of them).");
        }
        Optional<BaselineSpec.Entry> entry = parsed.map(BaselineSpec::newest).or(() -> defaultEntry(basedir, env, log));
        return entry.map(e -> resolve(e, basedir));
    }

    /** The files of one release. */
    static BaselineFiles resolve(BaselineSpec.Entry entry, Path basedir) {
        return switch (entry.kind()) {
            case DIR -> {
                Path dir = basedir.resolve(entry.value()).normalize();
                if (!Files.isDirectory(dir)) {
                    throw new ConfigurationException(SchemaProperties.BASELINE + "=" + entry.text() + ": the folder "
                            + dir + " does not exist. Point it at a copy of the previous release's module folder.");
                }
                yield new BaselineFiles(dir, entry.text(), null);
            }
            case GIT -> GitBaseline.extract(basedir, entry.value(), entry.text());
            case ZIP -> {
                Path zip = basedir.resolve(entry.value()).normalize();
                yield BaselineArchive.extract(zip, "zip:" + zip.getFileName());
            }
            case MAVEN -> throw new ConfigurationException(SchemaProperties.BASELINE + "=" + entry.text() + ": maven:"
                    + " baselines are resolved by the Maven plugin; outside Maven, download the release's schemas zip"
                    + " and use zip:<path>.");
        };
    }

    /**
     * Every earlier release, for the transitive compatibility modes, newest first: each entry of a
     * list, or for a single git ref (given or default) the ref and every tag reachable from it.
     */
    public static List<BaselineFiles> resolveHistory(String spec, Path basedir, Map<String, String> env, Log log) {
        Optional<BaselineSpec> parsed = BaselineSpec.parse(spec);
        Optional<BaselineSpec> effective = parsed.isPresent() ? parsed
                : defaultEntry(basedir, env, log).map(e -> new BaselineSpec(List.of(e)));
        if (effective.isEmpty()) {
            return List.of();
        }
        List<BaselineSpec.Entry> entries = new ArrayList<>(effective.get().entries());
        BaselineSpec.Entry newest = effective.get().newest();
        if (!effective.get().isList() && newest.kind() == BaselineSpec.Kind.GIT) {
            GitBaseline.tagsReachableFrom(basedir, newest.value()).stream()
                    .map(t -> new BaselineSpec.Entry(BaselineSpec.Kind.GIT, t))
                    .filter(t -> !entries.contains(t)).forEach(entries::add);
        }
        log.info("Transitive baselines (" + entries.size() + "): "
                + String.join(", ", entries.stream().map(BaselineSpec.Entry::text).toList()));
        List<BaselineFiles> history = new ArrayList<>();
        try {
            for (BaselineSpec.Entry one : entries) {
                history.add(resolve(one, basedir));
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

    private static Optional<BaselineSpec.Entry> defaultEntry(Path basedir, Map<String, String> env, Log log) {
        String target = env.get("CI_MERGE_REQUEST_TARGET_BRANCH_NAME");
        if (target != null && !target.isBlank()) {
            String ref = GitBaseline.exists(basedir, "origin/" + target) ? "origin/" + target : target;
            log.info("Baseline: the merge request's target branch, git:" + ref);
            return Optional.of(new BaselineSpec.Entry(BaselineSpec.Kind.GIT, ref));
        }
        Optional<String> tag = GitBaseline.newestTag(basedir);
        if (tag.isPresent()) {
            log.info("Baseline: the newest tag, git:" + tag.get() + " (set " + SchemaProperties.BASELINE + " to choose another)");
            return Optional.of(new BaselineSpec.Entry(BaselineSpec.Kind.GIT, tag.get()));
        }
        log.info("No baseline: no " + SchemaProperties.BASELINE + ", no merge request and no tag, so checks against the"
                + " previous release are skipped.");
        return Optional.empty();
    }
}
