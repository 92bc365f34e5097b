package dev.schemagate.core.report;

import dev.schemagate.core.rules.Location;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Where a report is rendered for: the module whose basedir findings' files are relative to, the
 * repository root that CI tools (GitLab) resolve paths against, and the CI job's URL.
 *
 * @param moduleDir      the module's basedir; findings' {@code location.file} are relative to it
 * @param repositoryRoot the repository's root; may equal {@code moduleDir}; null means {@code moduleDir}
 * @param jobUrl         the CI job's URL ({@code CI_JOB_URL}), or null outside CI
 * @param baseline       what the run compared with (a baseline's description), or null without one
 * @param releasedVersions the migration versions the baseline has, or null when unknown (no baseline)
 */
public record RenderContext(Path moduleDir, Path repositoryRoot, String jobUrl, String baseline,
                            Set<String> releasedVersions) {

    public RenderContext {
        moduleDir = Objects.requireNonNull(moduleDir, "moduleDir").toAbsolutePath().normalize();
        repositoryRoot = repositoryRoot == null ? moduleDir : repositoryRoot.toAbsolutePath().normalize();
        jobUrl = jobUrl == null || jobUrl.isBlank() ? null : jobUrl.strip();
        baseline = baseline == null || baseline.isBlank() ? null : baseline.strip();
        releasedVersions = releasedVersions == null ? null : Set.copyOf(releasedVersions);
    }

    public RenderContext(Path moduleDir, Path repositoryRoot, String jobUrl) {
        this(moduleDir, repositoryRoot, jobUrl, null, null);
    }

    public RenderContext(Path moduleDir, Path repositoryRoot, String jobUrl, String baseline) {
        this(moduleDir, repositoryRoot, jobUrl, baseline, null);
    }

    /** report.html (in the default output folder) among the CI job's artifacts, or null outside CI. */
    public String reportUrl() {
        return jobUrl == null ? null : jobUrl.replaceAll("/+$", "") + "/artifacts/file/"
                + repositoryPath("target/schemagate/" + ReportHtml.FILE_NAME);
    }

    /** A context for a module that is its own repository, outside CI. */
    public static RenderContext of(Path moduleDir) {
        return new RenderContext(moduleDir, moduleDir, null);
    }

    /**
     * A finding's file (relative to the module, or absolute) as a path relative to the repository
     * root with '/'. A file outside the repository stays absolute; null stays null.
     */
    public String repositoryPath(String file) {
        if (file == null || file.isBlank()) {
            return null;
        }
        Path path = moduleDir.resolve(file.replace('\\', '/')).normalize();
        Path shown = path.startsWith(repositoryRoot) ? repositoryRoot.relativize(path) : path;
        return shown.toString().replace('\\', '/');
    }

    /** The module's pom.xml relative to the repository root: where findings without a file are configured. */
    public String modulePom() {
        return repositoryPath("pom.xml");
    }

    /**
     * Where a finding points, for people: "file:line pointer (V3)", or just "V3"; the file relative
     * to the repository root.
     */
    public String where(Location l) {
        if (l == null) {
            return "";
        }
        String file = repositoryPath(l.file());
        String text = file == null ? "" : l.line() == null ? file : file + ":" + l.line();
        text = l.pointer() == null ? text : (text + " " + l.pointer()).strip();
        return l.version() == null ? text : text.isEmpty() ? "V" + l.version() : text + " (V" + l.version() + ")";
    }
}
