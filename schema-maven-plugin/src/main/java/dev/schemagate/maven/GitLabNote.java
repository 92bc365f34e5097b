package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.gitlab.GitLabToken;
import dev.schemagate.core.gitlab.MergeRequestNote;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.util.Map;

/**
 * schema:verify's note with schema.gitlab.note=true: core's {@link MergeRequestNote}, with the token of a
 * settings.xml server or an environment variable. Logs, never throws.
 */
final class GitLabNote {

    private GitLabNote() {
    }

    static void publish(File outputDirectory, String tokenEnv, String serverId, Settings settings,
                        SettingsDecrypter decrypter, Map<String, String> env, Log log) {
        MergeRequestNote.publish(outputDirectory.toPath(), () -> token(tokenEnv, serverId, settings, decrypter, env),
                env, new MavenLog(log));
    }

    /** @throws dev.schemagate.core.ConfigurationException when the named settings.xml server is missing or unreadable */
    static GitLabToken token(String tokenEnv, String serverId, Settings settings, SettingsDecrypter decrypter,
                             Map<String, String> env) {
        return serverId != null && !serverId.isBlank()
                ? GitLabToken.fromServer(serverId, SettingsServer.read(SchemaProperties.GITLAB_SERVER_ID, serverId,
                        settings, decrypter).password())
                : GitLabToken.fromEnvironment(tokenEnv, env);
    }
}
