package dev.schemagate.core.gitlab;

import dev.schemagate.core.support.Secret;

/**
 * A token and how GitLab wants it: a personal, project or group access token goes in the PRIVATE-TOKEN
 * header, the CI job token ({@code CI_JOB_TOKEN}) in the JOB-TOKEN header. The token never prints.
 *
 * @param source where it came from, for hints (e.g. {@code $SCHEMAGATE_GITLAB_TOKEN}), never the value
 */
public record GitLabAuth(Secret token, boolean jobToken, String source) {
    public static final String JOB_TOKEN_ENV = "CI_JOB_TOKEN";

    /**
     * The one place that decides how a token is sent: a token from a settings.xml server is an access token as
     * it is (an empty one fails with GitLab's 401 and the source in the hint); otherwise the access token when
     * there is one, else the job token.
     */
    public static GitLabAuth choose(Secret token, String source, boolean fromSettings, java.util.Map<String, String> env) {
        return fromSettings ? new GitLabAuth(token, false, source) : accessTokenOrJobToken(token, source, env);
    }

    /** The access token when there is one, else the job token of the environment. */
    public static GitLabAuth accessTokenOrJobToken(Secret accessToken, String accessSource, java.util.Map<String, String> env) {
        if (!accessToken.isEmpty()) {
            return new GitLabAuth(accessToken, false, accessSource);
        }
        return new GitLabAuth(Secret.of(env.get(JOB_TOKEN_ENV)), true, "$" + JOB_TOKEN_ENV);
    }

    @Override
    public String toString() {
        return (jobToken ? "job token" : "access token") + " from " + source;
    }
}
