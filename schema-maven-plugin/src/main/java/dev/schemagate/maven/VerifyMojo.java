package dev.schemagate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Starts one throwaway PostgreSQL, runs every check on it (today: the migration round trip),
 * writes target/schemagate/report.json, and fails the build on findings at or above
 * schema.failOn.
 *
 * @since 0.1.0
 */
@Mojo(name = VerifyMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class VerifyMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "verify";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        checkMigrations();
    }
}
