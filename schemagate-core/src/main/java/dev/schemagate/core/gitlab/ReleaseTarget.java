package dev.schemagate.core.gitlab;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;

import java.util.Map;

/**
 * The Release to create or update: the tag of a project, from GitLab's CI variables
 * ({@code CI_API_V4_URL}, {@code CI_PROJECT_ID}, {@code CI_COMMIT_TAG}) or schema.gitlab.release.tag.
 */
public record ReleaseTarget(String apiUrl, String projectId, String tag) {
    public static final String COMMIT_TAG = "CI_COMMIT_TAG";
    public static final String PAGES_URL = "CI_PAGES_URL";

    /** @param tag schema.gitlab.release.tag; blank means CI_COMMIT_TAG */
    public static ReleaseTarget from(Map<String, String> env, String tag) {
        String apiUrl = value(env, GitLabEnvironment.API_URL);
        String projectId = value(env, GitLabEnvironment.PROJECT_ID);
        String theTag = tag == null || tag.isBlank() ? value(env, COMMIT_TAG) : tag.trim();
        if (apiUrl == null || projectId == null) {
            throw new ConfigurationException("No GitLab project to release in: " + GitLabEnvironment.API_URL + " and "
                    + GitLabEnvironment.PROJECT_ID + " are not both set. Run schema:gitlab-release in a GitLab CI job"
                    + " (the api-docs template's schema-release job), or set both variables.");
        }
        if (theTag == null) {
            throw new ConfigurationException("No tag to release: " + COMMIT_TAG + " is not set (not a tag pipeline)"
                    + " and " + SchemaProperties.GITLAB_RELEASE_TAG + " is empty. Run the job in tag pipelines"
                    + " (rules: - if: $CI_COMMIT_TAG) or pass -D" + SchemaProperties.GITLAB_RELEASE_TAG + "=v1.2.0.");
        }
        return new ReleaseTarget(apiUrl, projectId, theTag);
    }

    /** The server's base URL (gitlab4j-api wants it without /api/v4). */
    String hostUrl() {
        return new NoteTarget(apiUrl, projectId, 1).hostUrl();
    }

    String describe() {
        return "the release " + tag + " of project " + projectId;
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
