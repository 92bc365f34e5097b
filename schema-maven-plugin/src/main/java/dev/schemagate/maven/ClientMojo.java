package dev.schemagate.maven;

import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.openapi.client.ClientResult;
import dev.schemagate.core.openapi.client.ClientSettings;
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
        ClientResult result = call(() -> SchemaGate.client(settings, openapiSpecDir(), new MavenLog(getLog())));
        if (result == null) {
            return;
        }
        if (addCompileSourceRoot) {
            project.addCompileSourceRoot(ClientParameters.sourceRoot(clientOutput, configOptions).getAbsolutePath());
        }
    }
}
