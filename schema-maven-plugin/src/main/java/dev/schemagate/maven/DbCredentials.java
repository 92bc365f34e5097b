package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.db.Secret;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** The external database's user and password: a settings.xml server, or environment variables. */
record DbCredentials(String user, Secret password) {

    static DbCredentials resolve(String user, String passwordEnv, String serverId, Settings settings,
                                 SettingsDecrypter decrypter) {
        if (serverId != null && !serverId.isBlank()) {
            Server server = settings == null ? null : settings.getServer(serverId);
            if (server == null) {
                throw new ConfigurationException(SchemaProperties.DB_SERVER_ID + "=" + serverId
                        + ": no <server> with that id in settings.xml. Add one with <username> and <password>.");
            }
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : result.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new ConfigurationException("settings.xml <server> " + serverId + ": " + problem.getMessage());
                }
            }
            Server decrypted = result.getServer();
            String name = decrypted.getUsername() == null ? user : decrypted.getUsername();
            return new DbCredentials(name, Secret.of(decrypted.getPassword()));
        }
        String fromEnv = System.getenv(passwordEnv);
        if (fromEnv == null || fromEnv.isEmpty()) {
            fromEnv = System.getenv("PGPASSWORD");
        }
        return new DbCredentials(user, Secret.of(fromEnv));
    }
}
