package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.baseline.BaselineArchive;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs what a later build compares against into a {@code schemas} zip attached to the project
 * (so it is installed and deployed with the release): the JSON Schemas folder, the OpenAPI spec
 * folder and the migration scripts, each under its path in the module. A later build reads it
 * with {@code schema.baseline=maven:<groupId>:<artifactId>:<version>}.
 *
 * @since 0.1.0
 */
@Mojo(name = AttachMojo.GOAL_NAME, defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class AttachMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "attach";

    /** Skips schema:attach. @since 0.1.0 */
    @Parameter(property = SchemaProperties.ATTACH_SKIP, defaultValue = "false")
    boolean skipAttach;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipAttach, SchemaProperties.ATTACH_SKIP)) {
            return;
        }
        Path module = project.getBasedir().toPath();
        List<Path> folders = new ArrayList<>();
        folders.add(compatSchemasDir.toPath());
        folders.add(call(this::openapiSpecDir));
        // the same locations the migration checks use: the project's Flyway settings unless schema.migrations.locations
        call(this::migrationSettings).locations()
                .forEach(location -> folders.add(Path.of(location.replaceFirst("^filesystem:", ""))));
        Path zip = outputDirectory.toPath().resolve(project.getArtifactId() + "-" + project.getVersion() + "-"
                + BaselineArchive.CLASSIFIER + "." + BaselineArchive.TYPE);
        int files = call(() -> BaselineArchive.write(zip, module, folders));
        if (files == 0) {
            getLog().warn("schema:attach found no schema, spec or migration under " + folders
                    + "; the attached zip is empty.");
        }
        projectHelper.attachArtifact(project, BaselineArchive.TYPE, BaselineArchive.CLASSIFIER, zip.toFile());
        getLog().info("Attached " + zip.getFileName() + " (" + files + " files) as classifier "
                + BaselineArchive.CLASSIFIER + ".");
    }
}
