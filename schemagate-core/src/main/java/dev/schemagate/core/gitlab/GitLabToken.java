package dev.schemagate.core.gitlab;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.support.Secret;

import java.util.Map;

/**
 * The GitLab token: a password the build tool keeps (a settings.xml server), or an environment variable.
 * {@code source} names where it came from, for hints; the token itself never prints.
 */
public record GitLabToken(Secret token, String source, boolean fromSettings) {

    /** The token in {@code $<variable>} of {@code environment} (empty when unset). */
    public static GitLabToken fromEnvironment(String variable, Map<String, String> environment) {
        return new GitLabToken(Secret.of(environment.get(variable)), "$" + variable, false);
    }

    /** The password of the build tool's server {@code id} (schema.gitlab.serverId). */
    public static GitLabToken fromServer(String id, Secret password) {
        return new GitLabToken(password, "the settings.xml <server> " + id + " (" + SchemaProperties.GITLAB_SERVER_ID
                + "), as <password>,", true);
    }

    /** How GitLab takes it: see {@link GitLabAuth#choose}. */
    public GitLabAuth auth(Map<String, String> env) {
        return GitLabAuth.choose(token, source, fromSettings, env);
    }
}
