package dev.schemagate.maven;

import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The JSON Schema checks alone, without a database: every schema under schema.compat.schemasDir is
 * valid against its metaschema, its $refs resolve locally, its examples and the recorded samples are
 * valid, and (with a baseline) it stays compatible with the previous release in schema.compat.mode.
 * Writes target/schemagate/report.json and fails on findings at or above schema.failOn.
 *
 * @since 0.1.0
 */
@Mojo(name = CompatMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CompatMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "compat";

    /**
     * The previous release's schemas: as schema.baseline (git:, dir:, maven:, zip:). Default: schema.baseline.
     * @since 0.1.0
     */
    @Parameter(property = SchemaProperties.COMPAT_BASELINE)
    String compatBaseline;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipCompat, SchemaProperties.COMPAT_SKIP)) {
            return;
        }
        Severity threshold = failOnThreshold();
        CompatSettings settings = call(this::compatSettings);
        String spec = call(() -> coreBaseline(compatBaseline == null || compatBaseline.isBlank() ? baseline
                : compatBaseline));
        Report report = call(() -> SchemaGate.compat(settings, spec, severityPolicy(), outputDirectory.toPath(),
                System.getenv(), new MavenLog(getLog())));
        judge(report, threshold);
    }
}
