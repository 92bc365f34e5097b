package dev.schemagate.maven;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.support.Secret;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * A {@code <server>} of settings.xml, decrypted: the one way the plugin reads credentials from it, for
 * database passwords and GitLab tokens alike. The password never prints.
 */
record SettingsServer(String id, String username, Secret password) {

    /**
     * @param property the property that named the server (schema.db.serverId, schema.gitlab.serverId), for the
     *                 error message
     * @throws ConfigurationException when there is no such server or its password cannot be decrypted
     */
    /** The settings.xml servers, as core's options ask for credentials (DB password and GitLab token alike). */
    static dev.schemagate.core.options.FrontEnd.Servers servers(Settings settings, SettingsDecrypter decrypter) {
        return (property, id) -> {
            SettingsServer server = read(property, id, settings, decrypter);
            return new dev.schemagate.core.options.FrontEnd.Credentials(server.username(), server.password());
        };
    }

    static SettingsServer read(String property, String id, Settings settings, SettingsDecrypter decrypter) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new ConfigurationException(property + "=" + id + ": no <server> with that id in settings.xml"
                    + " (~/.m2/settings.xml or -s). Add one with <username> and <password>, or unset " + property + ".");
        }
        if (decrypter == null) {
            return new SettingsServer(id, server.getUsername(), Secret.of(server.getPassword()));
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new ConfigurationException(property + "=" + id + ": the settings.xml <server> " + id
                        + " cannot be decrypted (" + problem.getMessage() + "). Check ~/.m2/settings-security.xml,"
                        + " or encrypt the password again with mvn --encrypt-password.");
            }
        }
        Server decrypted = result.getServer();
        return new SettingsServer(id, decrypted.getUsername(), Secret.of(decrypted.getPassword()));
    }
}
