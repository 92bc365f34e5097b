package dev.schemagate.maven;

import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The OpenAPI checks alone, without a database: every spec under schema.openapi.specDir parses, its
 * $refs resolve, its structure and schemas are valid, and (with a baseline) it has no breaking change
 * against the previous release's spec of the same path. Writes target/schemagate/report.json and
 * fails on findings at or above schema.failOn.
 *
 * @since 0.1.0
 */
@Mojo(name = ApiCompatMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ApiCompatMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "api-compat";

    /**
     * The previous release's specs: as schema.baseline (git:, dir:, maven:, zip:). Default: schema.compat.baseline,
     * then schema.baseline.
     * @since 0.1.0
     */
    @Parameter(property = SchemaProperties.API_BASELINE)
    String apiBaseline;

    /** schema.compat.baseline, the default of schema.api.baseline. */
    @Parameter(property = SchemaProperties.COMPAT_BASELINE)
    String compatBaseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipApi, SchemaProperties.API_SKIP)) {
            return;
        }
        Severity threshold = failOnThreshold();
        ApiCompatSettings settings = call(this::apiCompatSettings);
        String spec = call(() -> coreBaseline(firstSet(apiBaseline, compatBaseline, baseline)));
        Report report = call(() -> SchemaGate.apiCompat(settings, spec, severityPolicy(), outputDirectory.toPath(),
                System.getenv(), new MavenLog(getLog())));
        judge(report, threshold);
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
