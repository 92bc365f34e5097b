package dev.schemagate.core;

import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.baseline.Baselines;
import dev.schemagate.core.compat.CompatCheck;
import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.db.ConnectionLoss;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.gitlab.ReleasePublisher;
import dev.schemagate.core.gitlab.ReleaseRequest;
import dev.schemagate.core.migration.MigrationCheck;
import dev.schemagate.core.migration.MigrationRun;
import dev.schemagate.core.openapi.client.ClientResult;
import dev.schemagate.core.openapi.client.ClientSettings;
import dev.schemagate.core.openapi.client.OpenApiClient;
import dev.schemagate.core.openapi.docs.ApiDocs;
import dev.schemagate.core.openapi.docs.DocsOptions;
import dev.schemagate.core.openapi.docs.DocsResult;
import dev.schemagate.core.openapi.compat.ApiCompatCheck;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.migration.ReleasedVersions;
import dev.schemagate.core.report.CodeQualityJson;
import dev.schemagate.core.report.JUnitXml;
import dev.schemagate.core.report.RenderContext;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.report.ReportHtml;
import dev.schemagate.core.report.ReportJson;
import dev.schemagate.core.report.SummaryMarkdown;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The entry points the build tools call. */
public final class SchemaGate {
    private SchemaGate() {
    }

    /**
     * Starts one throwaway PostgreSQL, runs every check on it, stops it, and writes the reports.
     * Findings are data in the returned report; an exception means the checks could not run.
     */
    public static Report verify(VerifyOptions options, Log log) {
        Optional<BaselineFiles> baseline = Baselines.resolve(options.baseline(), options.migrations().basedir(),
                options.environment(), log);
        try (Database db = Databases.start(options.database(), log)) {
            MigrationRun run = MigrationCheck.run(db, options.migrations(), options.severities(), log, baseline,
                    options.lint());
            List<Finding> findings = new ArrayList<>(run.findings());
            Report.Checked checked = Report.Checked.NONE;
            if (options.compat() != null) {
                findings.addAll(compatIfApplicable(options.compat(), options.baseline(), baseline,
                        options.environment(), options.severities(), log));
                checked = checked.plus(schemasChecked(options.compat()));
            }
            if (options.api() != null) {
                List<Finding> api = apiIfApplicable(options.api(), baseline, options.severities(), log);
                findings.addAll(api);
                checked = ApiCompatCheck.applicable(options.api()) ? checked.plus(specsChecked(api)) : checked;
            }
            if (options.client() != null) {
                findings.addAll(OpenApiClient.checkDrift(options.client(), options.severities(), log));
            }
            Report report = new Report(ToolVersion.get(),
                    new Report.DatabaseInfo(db.provider().id(), db.serverVersion()), run.migrations(), findings,
                    checked);
            writeReports(report, options.migrations().basedir(), options.outputDir(), options.environment(), baseline,
                    baseline.map(b -> ReleasedVersions.of(options.migrations(), b, options.severities())).orElse(null));
            return report;
        } catch (ConfigurationException e) {
            throw e;
        } catch (RuntimeException e) {
            if (ConnectionLoss.isLost(e)) {
                throw ConnectionLoss.explain(e, options.database());
            }
            throw e;
        } finally {
            baseline.ifPresent(BaselineFiles::close);
        }
    }

    /**
     * schema:compat alone: the JSON Schema checks, no database. The report has no migrations and a
     * null database.
     *
     * @param baselineSpec schema.compat.baseline (null: the same default as schema.baseline)
     */
    public static Report compat(CompatSettings settings, String baselineSpec, SeverityPolicy severities,
                                Path outputDir, Map<String, String> environment, Log log) {
        Optional<BaselineFiles> baseline = settings.mode().transitive() ? Optional.empty()
                : Baselines.resolve(baselineSpec, settings.basedir(), environment, log);
        try {
            Report report = new Report(ToolVersion.get(), null, List.of(),
                    compatRun(settings, baselineSpec, baseline, environment, severities, log), schemasChecked(settings));
            writeReports(report, settings.basedir(), outputDir, environment, baseline, null);
            return report;
        } finally {
            baseline.ifPresent(BaselineFiles::close);
        }
    }

    // openapi api: schema:api-compat
    /**
     * schema:api-compat alone: the OpenAPI validity and breaking-change checks, no database.
     *
     * @param baselineSpec schema.api.baseline (null: the same default as schema.baseline)
     */
    public static Report apiCompat(ApiCompatSettings settings, String baselineSpec, SeverityPolicy severities,
                                   Path outputDir, Map<String, String> environment, Log log) {
        Optional<BaselineFiles> baseline = Baselines.resolve(baselineSpec, settings.basedir(), environment, log);
        try {
            List<Finding> findings = ApiCompatCheck.run(settings, baseline, severities, log);
            Report report = new Report(ToolVersion.get(), null, List.of(), findings, specsChecked(findings));
            writeReports(report, settings.basedir(), outputDir, environment, baseline, null);
            return report;
        } finally {
            baseline.ifPresent(BaselineFiles::close);
        }
    }

    /**
     * schema:client: generates the OpenAPI client (or finds it up to date) and logs what it did.
     *
     * @param settings null when the module has no spec: logged, nothing generated, null returned
     * @param specDir  the spec folder looked in, for that message
     */
    public static ClientResult client(ClientSettings settings, Path specDir, Log log) {
        if (settings == null) {
            log.info("No OpenAPI spec in " + specDir + " (set " + SchemaProperties.CLIENT_SPEC
                    + " to generate from another file); nothing to generate.");
            return null;
        }
        ClientResult result = OpenApiClient.generate(settings, log);
        String spec = settings.relative(settings.spec());
        String output = settings.relative(settings.output());
        if (result.upToDate()) {
            log.info("OpenAPI client " + output + " is up to date with " + spec + " (" + result.specFiles()
                    + " spec files unchanged, " + result.millis() + " ms).");
        } else {
            log.info("Generated the OpenAPI client of " + spec + " into " + output + ": " + result.touched()
                    + " files written or removed, in " + result.millis() + " ms.");
        }
        return result;
    }

    /** schema:docs: the static HTML API docs of every spec, and a line saying where to open them. */
    public static DocsResult docs(DocsOptions options, Log log) {
        DocsResult result = ApiDocs.build(options, log);
        log.info("schemagate: API docs of " + result.specs().size() + " spec(s) in " + result.versionDir()
                + "; open " + result.versionDir().resolve("index.html"));
        return result;
    }

    /**
     * schema:gitlab-note (and verify with schema.gitlab.note): the sticky merge-request note from the summary.md
     * in {@code outputDir}; outside a merge request, or when GitLab cannot be written, it logs why and never throws.
     *
     * @param token asked only when there is a merge request to write to
     */
    public static void gitlabNote(Path outputDir, java.util.function.Supplier<dev.schemagate.core.gitlab.GitLabToken> token,
                                  Map<String, String> env, Log log) {
        dev.schemagate.core.gitlab.MergeRequestNote.publish(outputDir, token, env, log);
    }

    /**
     * schema:gitlab-release: creates or updates the tag's GitLab Release; unlike the note, a release that
     * cannot be written is an exception (the build fails).
     *
     * @return what GitLab did, as logged
     */
    public static String gitlabRelease(ReleaseRequest release, Log log) {
        log.info("Writing the GitLab Release " + release.target().tag() + " with " + release.auth() + ": "
                + release.content().links().size() + " link(s), docs at " + release.content().links().get(0).url());
        String result = new ReleasePublisher().publish(release.target(), release.auth(), release.content());
        log.info(result);
        return result;
    }

    /** The schema files the JSON Schema checks read; none counted when the folder does not exist. */
    private static Report.Checked schemasChecked(CompatSettings settings) {
        return CompatCheck.applicable(settings) ? new Report.Checked(CompatCheck.schemaCount(settings), null)
                : Report.Checked.NONE;
    }

    /** The specs the OpenAPI checks looked at: each valid one has openapi.spec.checked, each broken one openapi.spec.invalid. */
    private static Report.Checked specsChecked(List<Finding> findings) {
        long specs = findings.stream()
                .filter(f -> f.ruleId().equals(Rule.OPENAPI_SPEC_CHECKED.id()) || f.ruleId().equals(Rule.OPENAPI_SPEC_INVALID.id()))
                .map(f -> f.details().get("spec")).filter(java.util.Objects::nonNull).distinct().count();
        return new Report.Checked(null, (int) specs);
    }

    private static List<Finding> apiIfApplicable(ApiCompatSettings settings, Optional<BaselineFiles> baseline,
                                                 SeverityPolicy severities, Log log) {
        if (!ApiCompatCheck.applicable(settings)) {
            log.info("OpenAPI checks not applicable: " + settings.relativeSpecDir() + " does not exist (set "
                    + SchemaProperties.OPENAPI_SPEC_DIR + " if your specs live elsewhere).");
            return List.of();
        }
        return ApiCompatCheck.run(settings, baseline, severities, log);
    }

    private static List<Finding> compatIfApplicable(CompatSettings settings, String baselineSpec,
                                                    Optional<BaselineFiles> baseline, Map<String, String> environment,
                                                    SeverityPolicy severities, Log log) {
        if (!CompatCheck.applicable(settings)) {
            log.info("JSON Schema checks not applicable: " + settings.basedir().relativize(settings.schemasDir())
                    + " does not exist (set " + SchemaProperties.COMPAT_SCHEMAS_DIR + " if your schemas live elsewhere).");
            return List.of();
        }
        return compatRun(settings, baselineSpec, baseline, environment, severities, log);
    }

    /** The transitive modes compare with every earlier release; the others with {@code baseline}. */
    private static List<Finding> compatRun(CompatSettings settings, String baselineSpec, Optional<BaselineFiles> baseline,
                                           Map<String, String> environment, SeverityPolicy severities, Log log) {
        if (!settings.mode().transitive()) {
            return CompatCheck.run(settings, baseline, severities, log);
        }
        List<BaselineFiles> history = Baselines.resolveHistory(baselineSpec, settings.basedir(), environment, log);
        try {
            return CompatCheck.run(settings, history, severities, log);
        } finally {
            history.forEach(BaselineFiles::close);
        }
    }

    /** report.json, junit.xml, codequality.json, summary.md and report.html: the public files under target/schemagate. */
    private static void writeReports(Report report, Path module, Path outputDir, Map<String, String> environment,
                                     Optional<BaselineFiles> baseline, Set<String> releasedVersions) {
        RenderContext context = new RenderContext(module, Baselines.repositoryRoot(module).orElse(module),
                environment.get("CI_JOB_URL"), baseline.map(BaselineFiles::description).orElse(null), releasedVersions);
        ReportJson.write(report, outputDir);
        JUnitXml.write(report, outputDir, context);
        CodeQualityJson.write(report, outputDir, context);
        SummaryMarkdown.write(report, outputDir, context);
        ReportHtml.write(report, outputDir, context);
    }
}
