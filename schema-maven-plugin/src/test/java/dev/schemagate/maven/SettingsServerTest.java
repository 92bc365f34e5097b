package dev.schemagate.maven;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.options.FrontEnd;
import dev.schemagate.core.options.SchemaGateOptions;
import dev.schemagate.core.gitlab.GitLabAuth;
import dev.schemagate.core.gitlab.GitLabToken;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One settings.xml path for database passwords and GitLab tokens, with Maven's real decrypter. */
class SettingsServerTest {
    private static final String MASTER = "master-of-the-test";

    @TempDir
    Path dir;

    @Test
    void decryptsAnEncryptedPasswordForTheDatabaseAndForGitLabAlike() throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Settings settings = settings(server("db", "app", cipher.encryptAndDecorate("s3cret", MASTER)),
                server("gitlab", null, cipher.encryptAndDecorate("glpat-token", MASTER)));
        SettingsDecrypter decrypter = decrypter(writeSecurity(cipher));

        SettingsServer db = SettingsServer.read(SchemaProperties.DB_SERVER_ID, "db", settings, decrypter);
        assertThat(db.username()).isEqualTo("app");
        assertThat(db.password().reveal()).isEqualTo("s3cret");
        assertThat(db.password().toString()).doesNotContain("s3cret");

        GitLabToken token = token(Map.of(SchemaProperties.GITLAB_SERVER_ID, "gitlab"), settings, decrypter);
        assertThat(token.token().reveal()).isEqualTo("glpat-token");
        GitLabAuth auth = token.auth(Map.of(GitLabAuth.JOB_TOKEN_ENV, "job"));
        assertThat(auth.jobToken()).isFalse();
        assertThat(auth.toString()).contains("settings.xml <server> gitlab").doesNotContain("glpat-token");
    }

    @Test
    void aMissingServerIsTheSameErrorForBothNamingTheProperty() {
        Settings settings = settings(server("other", "x", "y"));
        assertThatThrownBy(() -> SettingsServer.read(SchemaProperties.DB_SERVER_ID, "db", settings, decrypter(dir.resolve("none.xml"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.db.serverId=db: no <server> with that id in settings.xml");
        assertThatThrownBy(() -> token(Map.of(SchemaProperties.GITLAB_SERVER_ID, "gl"), settings, decrypter(dir.resolve("none.xml"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.gitlab.serverId=gl: no <server> with that id in settings.xml");
    }

    @Test
    void anEncryptedPasswordWithoutTheMasterPasswordSaysWhatToCheckWithoutPrintingIt() throws Exception {
        String encrypted = new DefaultPlexusCipher().encryptAndDecorate("s3cret", MASTER);
        Settings settings = settings(server("db", "app", encrypted));
        assertThatThrownBy(() -> SettingsServer.read(SchemaProperties.DB_SERVER_ID, "db", settings,
                decrypter(dir.resolve("missing-security.xml"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.db.serverId=db: the settings.xml <server> db cannot be decrypted")
                .hasMessageContaining("settings-security.xml")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain(encrypted));
    }

    @Test
    void withoutASettingsServerTheEnvironmentTokenFallsBackToTheJobToken() {
        GitLabToken token = token(Map.of(SchemaProperties.GITLAB_TOKEN_ENV, "SCHEMAGATE_TEST_UNSET_TOKEN_ENV"), new Settings(), null);
        GitLabAuth auth = token.auth(Map.of(GitLabAuth.JOB_TOKEN_ENV, "job-123"));
        assertThat(auth.jobToken()).isTrue();
        assertThat(auth.token().reveal()).isEqualTo("job-123");
        assertThat(auth.toString()).isEqualTo("job token from $CI_JOB_TOKEN");
    }

    private Path writeSecurity(DefaultPlexusCipher cipher) throws Exception {
        Path file = dir.resolve("settings-security.xml");
        Files.writeString(file, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>");
        return file;
    }

    private static SettingsDecrypter decrypter(Path security) {
        return new DefaultSettingsDecrypter(new DefaultSecDispatcher(new DefaultPlexusCipher(), Map.of(),
                security.toString()));
    }

    private static Settings settings(Server... servers) {
        Settings settings = new Settings();
        for (Server s : servers) {
            settings.addServer(s);
        }
        return settings;
    }

    private static Server server(String id, String user, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        return server;
    }

    /** The token as the Mojos get it: core's options, asking settings.xml through the plugin's adapter. */
    private GitLabToken token(Map<String, String> properties, Settings settings, SettingsDecrypter decrypter) {
        FrontEnd frontEnd = new FrontEnd(null, null, null, null, SettingsServer.servers(settings, decrypter));
        return SchemaGateOptions.of(properties, Map.of(), dir, dir.resolve("target"), "1.0.0", frontEnd, Log.silent())
                .gitlabToken();
    }
}
