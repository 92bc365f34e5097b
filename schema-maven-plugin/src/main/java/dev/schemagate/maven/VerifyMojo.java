package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.VerifyOptions;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a throwaway PostgreSQL, applies every migration and runs every check on it, writes
 * target/schemagate/report.json, and fails the build on findings at or above schema.failOn.
 *
 * @since 0.1.0
 */
@Mojo(name = VerifyMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "verify";

    /** Skips the migration checks. @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_SKIP, defaultValue = "false")
    boolean skipMigrations;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipMigrations, SchemaProperties.MIGRATIONS_SKIP)) {
            return;
        }
        Severity threshold = failOnThreshold();
        VerifyOptions options = call(() -> new VerifyOptions(databaseSettings(), migrationSettings(),
                severityPolicy(), outputDirectory.toPath()));
        Report report = call(() -> SchemaGate.verify(options, new MavenLog(getLog())));
        judge(report, threshold, report.migrations().size() + " migrations checked");
    }
}
