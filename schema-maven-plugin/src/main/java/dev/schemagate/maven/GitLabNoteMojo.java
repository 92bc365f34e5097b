package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;

/**
 * Creates or updates the one schemagate note on the merge request of a GitLab merge-request
 * pipeline ({@code CI_API_V4_URL}, {@code CI_PROJECT_ID}, {@code CI_MERGE_REQUEST_IID}), with
 * target/schemagate/summary.md as its body. Outside such a pipeline it logs why and does nothing.
 * GitLab errors are WARNING lines: the build's verdict never changes because of the note.
 *
 * @since 0.1.0
 */
@Mojo(name = GitLabNoteMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class GitLabNoteMojo extends AbstractMojo {
    public static final String GOAL_NAME = "gitlab-note";

    /** Skips every schemagate goal. Default false. @since 0.1.0 */
    @Parameter(property = SchemaProperties.SKIP, defaultValue = "false")
    boolean skip;

    /** Skips the merge-request note. Default false. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_SKIP, defaultValue = "false")
    boolean skipGitlab;

    /** Where schema:verify wrote summary.md. Default ${project.build.directory}/schemagate. @since 0.1.0 */
    @Parameter(property = SchemaProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/schemagate")
    File outputDirectory;

    /**
     * Environment variable holding a GitLab token with api scope (a job token cannot post notes).
     * Default SCHEMAGATE_GITLAB_TOKEN. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.GITLAB_TOKEN_ENV, defaultValue = "SCHEMAGATE_GITLAB_TOKEN")
    String gitlabTokenEnv;

    /** A settings.xml {@code <server>} whose password is the token; wins over the variable. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_SERVER_ID)
    String gitlabServerId;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    @Override
    public void execute() {
        if (skip || skipGitlab) {
            getLog().info("Skipping: " + (skip ? SchemaProperties.SKIP : SchemaProperties.GITLAB_SKIP) + " is true.");
            return;
        }
        GitLabNote.publish(outputDirectory, gitlabTokenEnv, gitlabServerId, settings, settingsDecrypter,
                System.getenv(), getLog());
    }
}
