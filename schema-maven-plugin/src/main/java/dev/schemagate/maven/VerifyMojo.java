package dev.schemagate.maven;

import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Starts one throwaway PostgreSQL, runs every check on it (the migration round trip with the safety
 * lint of new migrations, the JSON Schema checks of schema:compat when the schemas folder exists, and
 * the OpenAPI checks of schema:api-compat when the spec folder exists),
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

    /** verify runs the JSON Schema checks on the same report, unless schema.compat.skip is set. */
    @Override
    CompatSettings compatInVerify() {
        return skipCompat ? null : compatSettings();
    }

    /** verify runs the OpenAPI checks on the same report, unless schema.api.skip is set. */
    @Override
    ApiCompatSettings apiInVerify() {
        return skipApi ? null : apiCompatSettings();
    }

    /**
     * verify checks a client folder tracked by git for drift, unless schema.client.check is false; a
     * module whose client folder git does not track is not looked at (its specs are not even read).
     */
    @Override
    dev.schemagate.core.openapi.client.ClientSettings clientInVerify() {
        if (skipClient || !clientCheck
                || !dev.schemagate.core.openapi.client.OpenApiClient.isCommitted(project.getBasedir().toPath(), clientOutput.toPath())) {
            return null;
        }
        return clientSettings();
    }
}
