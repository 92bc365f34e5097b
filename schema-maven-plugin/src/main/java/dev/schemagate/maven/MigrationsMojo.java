package dev.schemagate.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The migration checks alone: every migration applied, rolled back with its undo script,
 * compared with the schema and data from before, and applied again, on a throwaway PostgreSQL, with
 * the safety lint of new migrations in the same pass. The same migration work as schema:verify,
 * without its JSON Schema, OpenAPI and client checks.
 *
 * @since 0.1.0
 */
@Mojo(name = MigrationsMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class MigrationsMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "migrations";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        checkMigrations();
    }
}
