package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.SchemaGate;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates or updates the one schemagate note on the merge request of a GitLab merge-request
 * pipeline ({@code CI_API_V4_URL}, {@code CI_PROJECT_ID}, {@code CI_MERGE_REQUEST_IID}), with
 * target/schemagate/summary.md as its body. Outside such a pipeline it logs why and does nothing.
 * GitLab errors are WARNING lines: the build's verdict never changes because of the note.
 *
 * @since 0.1.0
 */
@Mojo(name = GitLabNoteMojo.GOAL_NAME, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class GitLabNoteMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "gitlab-note";

    /** Skips the merge-request note. Default false. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_SKIP, defaultValue = "false")
    boolean skipGitlab;

    @Override
    public void execute() {
        if (skipped(skipGitlab, SchemaProperties.GITLAB_SKIP)) {
            return;
        }
        SchemaGate.gitlabNote(outputDirectory.toPath(), () -> options().gitlabToken(), System.getenv(),
                new MavenLog(getLog()));
    }
}
