package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.db.Secret;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** The external database's user and password: a settings.xml server, or environment variables. */
record DbCredentials(String user, Secret password) {

    static DbCredentials resolve(String user, String passwordEnv, String serverId, Settings settings,
                                 SettingsDecrypter decrypter) {
        if (serverId != null && !serverId.isBlank()) {
            SettingsServer server = SettingsServer.read(SchemaProperties.DB_SERVER_ID, serverId, settings, decrypter);
            return new DbCredentials(server.username() == null ? user : server.username(), server.password());
        }
        String fromEnv = System.getenv(passwordEnv);
        if (fromEnv == null || fromEnv.isEmpty()) {
            fromEnv = System.getenv("PGPASSWORD");
        }
        return new DbCredentials(user, Secret.of(fromEnv));
    }
}
