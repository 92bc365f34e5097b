package dev.schemagate.core.gitlab;

import java.util.Map;
import java.util.Optional;

/** Reads the merge request a pipeline runs for from GitLab's predefined CI/CD variables. */
public final class GitLabEnvironment {
    public static final String API_URL = "CI_API_V4_URL";
    public static final String PROJECT_ID = "CI_PROJECT_ID";
    public static final String MERGE_REQUEST_IID = "CI_MERGE_REQUEST_IID";

    private GitLabEnvironment() {
    }

    /**
     * The merge request of this pipeline; empty outside a merge-request pipeline, that is when
     * {@value #API_URL}, {@value #PROJECT_ID} or {@value #MERGE_REQUEST_IID} is missing, blank or
     * (for the iid) not a positive number.
     */
    public static Optional<NoteTarget> from(Map<String, String> env) {
        String apiUrl = value(env, API_URL);
        String projectId = value(env, PROJECT_ID);
        String iid = value(env, MERGE_REQUEST_IID);
        if (apiUrl == null || projectId == null || iid == null) {
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(iid);
            return number > 0 ? Optional.of(new NoteTarget(apiUrl, projectId, number)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Why {@link #from} is empty, for an INFO line. */
    public static String whyNot() {
        return "not a merge-request pipeline (" + API_URL + ", " + PROJECT_ID + " and " + MERGE_REQUEST_IID
                + " are not all set)";
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
