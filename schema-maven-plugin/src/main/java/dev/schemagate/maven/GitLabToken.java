package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.db.Secret;
import dev.schemagate.core.gitlab.GitLabAuth;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.util.Map;

/**
 * The GitLab token: a settings.xml server's password, or an environment variable. {@code source} names
 * where it came from (for hints); the token itself never prints.
 */
record GitLabToken(Secret token, String source, boolean fromSettings) {

    /** @throws dev.schemagate.core.ConfigurationException when the named settings.xml server is missing or unreadable */
    static GitLabToken resolve(String tokenEnv, String serverId, Settings settings, SettingsDecrypter decrypter) {
        if (serverId != null && !serverId.isBlank()) {
            SettingsServer server = SettingsServer.read(SchemaProperties.GITLAB_SERVER_ID, serverId, settings, decrypter);
            return new GitLabToken(server.password(), "the settings.xml <server> " + serverId + " ("
                    + SchemaProperties.GITLAB_SERVER_ID + "), as <password>,", true);
        }
        return new GitLabToken(Secret.of(System.getenv(tokenEnv)), "$" + tokenEnv, false);
    }

    /** How GitLab takes it: see {@link GitLabAuth#choose}. */
    GitLabAuth auth(Map<String, String> env) {
        return GitLabAuth.choose(token, source, fromSettings, env);
    }
}
