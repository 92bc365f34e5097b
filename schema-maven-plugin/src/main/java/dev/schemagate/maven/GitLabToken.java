package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.db.Secret;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The GitLab token for merge-request notes: a settings.xml server's password, or an environment
 * variable. {@code source} names where it came from (for hints); the token itself never prints.
 */
record GitLabToken(Secret token, String source) {

    /** Never throws: a missing or unreadable token becomes an empty one, and the note a warning. */
    static GitLabToken resolve(String tokenEnv, String serverId, Settings settings, SettingsDecrypter decrypter) {
        if (serverId != null && !serverId.isBlank()) {
            String source = "the settings.xml <server> " + serverId + " (" + SchemaProperties.GITLAB_SERVER_ID + "), as"
                    + " <password>,";
            Server server = settings == null ? null : settings.getServer(serverId);
            if (server == null || decrypter == null) {
                return new GitLabToken(Secret.none(), source);
            }
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            boolean failed = result.getProblems().stream()
                    .anyMatch(p -> p.getSeverity() != SettingsProblem.Severity.WARNING);
            return new GitLabToken(failed ? Secret.none() : Secret.of(result.getServer().getPassword()), source);
        }
        return new GitLabToken(Secret.of(System.getenv(tokenEnv)), "$" + tokenEnv);
    }
}
