package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.lint.LintSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The migration safety lint alone: every migration is applied on a throwaway PostgreSQL (with its
 * seeds), and each new one (after the baseline or schema.migrations.from) is first run under
 * observation (locks, rewrites, scans, index builds) and read by the static rules. No round trip.
 * Rules: docs/lint.md.
 *
 * @since 0.1.0
 */
@Mojo(name = LintMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "lint";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        checkMigrations(skipLint, SchemaProperties.LINT_SKIP);
    }

    @Override
    LintSettings lintSettings() {
        return LintSettings.only();
    }
}
