package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.openapi.client.ClientResult;
import dev.schemagate.core.openapi.client.ClientSettings;
import dev.schemagate.core.openapi.client.OpenApiClient;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Generates the client of the OpenAPI spec in schema.openapi.specDir (src/main/openapi) with the openapi-generator library
 * (default: generator java, library native) into schema.client.output, reproducibly, and adds it as a
 * compile source root. Skips the generation when the resolved spec, the options and the generator
 * version are unchanged since the last run.
 *
 * @since 0.1.0
 */
@Mojo(name = ClientMojo.GOAL_NAME, defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class ClientMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "client";

    /** Adds the client's source folder (output/src/main/java) as a compile source root. Default true. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_ADD_COMPILE_SOURCE_ROOT, defaultValue = "true")
    boolean addCompileSourceRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipClient, SchemaProperties.CLIENT_SKIP)) {
            return;
        }
        ClientSettings settings = call(this::clientSettings);
        if (settings == null) {
            getLog().info("No OpenAPI spec in " + openapiSpecDir() + " (set " + SchemaProperties.CLIENT_SPEC
                    + " to generate from another file); nothing to generate.");
            return;
        }
        ClientResult result = call(() -> OpenApiClient.generate(settings, new MavenLog(getLog())));
        String spec = settings.relative(settings.spec());
        String output = settings.relative(settings.output());
        if (result.upToDate()) {
            getLog().info("OpenAPI client " + output + " is up to date with " + spec + " (" + result.specFiles()
                    + " spec files unchanged, " + result.millis() + " ms).");
        } else {
            getLog().info("Generated the OpenAPI client of " + spec + " into " + output + ": " + result.touched()
                    + " files written or removed, in " + result.millis() + " ms.");
        }
        if (addCompileSourceRoot) {
            project.addCompileSourceRoot(ClientParameters.sourceRoot(clientOutput, configOptions).getAbsolutePath());
        }
    }
}
