package dev.schemagate.maven;

import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.SchemaProperties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.Map;

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

    /** The shared options map, with this goal's own parameters. */
    @Override
    Map<String, String> properties() {
        Map<String, String> p = super.properties();
        p.put(SchemaProperties.DOCS_SKIP, String.valueOf(skipDocs));
        if (docsVersion != null) {
            p.put(SchemaProperties.DOCS_VERSION, docsVersion);
        }
        if (docsOutputDirectory != null) {
            p.put(SchemaProperties.DOCS_OUTPUT_DIRECTORY, docsOutputDirectory.getAbsolutePath());
        }
        return p;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipDocs, SchemaProperties.DOCS_SKIP)) {
            return;
        }
        call(() -> SchemaGate.docs(options().docs(project.getName()), new MavenLog(getLog())));
    }
}
