package dev.schemagate.core.gitlab;

import java.util.Objects;

/**
 * The merge request a note goes to.
 *
 * @param apiUrl          GitLab's REST API root, as in {@code CI_API_V4_URL} (e.g. https://gitlab.com/api/v4)
 * @param projectId       numeric id or full path of the project ({@code CI_PROJECT_ID})
 * @param mergeRequestIid the merge request's number within the project ({@code CI_MERGE_REQUEST_IID})
 */
public record NoteTarget(String apiUrl, String projectId, long mergeRequestIid) {
    private static final String API_SUFFIX = "/api/v4";

    public NoteTarget {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(projectId, "projectId");
    }

    /** The server's base URL, which gitlab4j-api wants: the API URL without its trailing /api/v4. */
    public String hostUrl() {
        String url = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        return url.endsWith(API_SUFFIX) ? url.substring(0, url.length() - API_SUFFIX.length()) : url;
    }

    /** "project 42 merge request !7", for messages. */
    public String describe() {
        return "project " + projectId + " merge request !" + mergeRequestIid;
    }
}
