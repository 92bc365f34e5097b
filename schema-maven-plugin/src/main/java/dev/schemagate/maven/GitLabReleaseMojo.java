package dev.schemagate.maven;

import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.SchemaProperties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Map;

/**
 * Creates or updates the GitLab Release of a tag ({@code CI_COMMIT_TAG} or schema.gitlab.release.tag) with
 * links to the API docs (schema.gitlab.release.docsUrl, default {@code $CI_PAGES_URL/<tag>/}) and to each
 * OpenAPI spec under them. Authenticates with $SCHEMAGATE_GITLAB_TOKEN (schema.gitlab.tokenEnv) or a
 * settings.xml server when given, else with the job token ({@code CI_JOB_TOKEN}); the token never prints.
 * Unlike the merge-request note, a release that cannot be written fails the build (BUILD ERROR).
 *
 * @since 0.1.0
 */
@Mojo(name = GitLabReleaseMojo.GOAL_NAME, defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class GitLabReleaseMojo extends AbstractSchemaMojo {
    public static final String GOAL_NAME = "gitlab-release";

    /** Skips the release. Default false. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_RELEASE_SKIP, defaultValue = "false")
    boolean skipRelease;

    /** The tag to release. Default: CI_COMMIT_TAG. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_RELEASE_TAG)
    String releaseTag;

    /** The release's name for a new release. Default: the tag. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_RELEASE_NAME)
    String releaseName;

    /** Where this tag's API docs are published. Default: $CI_PAGES_URL/&lt;tag&gt;/. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_RELEASE_DOCS_URL)
    String releaseDocsUrl;

    /** The shared options map, with this goal's own parameters. */
    @Override
    Map<String, String> properties() {
        Map<String, String> p = super.properties();
        p.put(SchemaProperties.GITLAB_RELEASE_SKIP, String.valueOf(skipRelease));
        Object[] pairs = {SchemaProperties.GITLAB_RELEASE_TAG, releaseTag, SchemaProperties.GITLAB_RELEASE_NAME,
            releaseName, SchemaProperties.GITLAB_RELEASE_DOCS_URL, releaseDocsUrl};
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                p.put((String) pairs[i], pairs[i + 1].toString());
            }
        }
        return p;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped(skipRelease, SchemaProperties.GITLAB_RELEASE_SKIP)) {
            return;
        }
        call(() -> SchemaGate.gitlabRelease(options().release(), new MavenLog(getLog())));
    }
}
