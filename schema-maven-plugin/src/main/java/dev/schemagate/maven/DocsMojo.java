package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.openapi.docs.ApiDocs;
import dev.schemagate.core.openapi.docs.DocsOptions;
import dev.schemagate.core.openapi.docs.DocsResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Static HTML API docs for every OpenAPI spec in schema.openapi.specDir, viewable without internet access
 * (Swagger UI copied next to the pages, the spec inlined): {@code <outputDirectory>/<version>/} with one
 * page per spec, the spec files under {@code spec/}, and at the root an index of every version present.
 *
 * @since 0.1.0
 */
@Mojo(name = DocsMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class DocsMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "docs";

    /** Skips the API docs. Default false. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DOCS_SKIP, defaultValue = "false")
    boolean skipDocs;

    /** Name of this version's folder. Default: the project version; in a tag pipeline, the tag. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DOCS_VERSION, defaultValue = "${project.version}")
    String docsVersion;

    /** Root of the docs site (version folders and index.html). Default target/schemagate/api-docs. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DOCS_OUTPUT_DIRECTORY,
            defaultValue = "${project.build.directory}/schemagate/api-docs")
    File docsOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipDocs, SchemaProperties.DOCS_SKIP)) {
            return;
        }
        DocsResult result = call(() -> ApiDocs.build(new DocsOptions(checkedOpenapiSpecDir(),
                docsOutputDirectory.toPath(), docsVersion, project.getName(), project.getBasedir().toPath()),
                new MavenLog(getLog())));
        getLog().info("schemagate: API docs of " + result.specs().size() + " spec(s) in " + result.versionDir()
                + "; open " + result.versionDir().resolve("index.html"));
    }
}
