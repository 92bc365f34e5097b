package dev.schemagate.cli;

import dev.schemagate.core.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MavenSettingsTest {
    @TempDir
    Path tmp;

    @Test
    void readsWhatResolutionNeedsWithEnvAndSystemPropertiesInterpolated() throws Exception {
        Path file = Files.writeString(tmp.resolve("settings.xml"), """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <localRepository>${user.home}/repo</localRepository>
                  <servers>
                    <server><id>corp</id><username>ci</username><password>${env.REPO_TOKEN}</password></server>
                  </servers>
                  <mirrors>
                    <mirror><id>corp</id><url>https://repo.example/maven</url><mirrorOf>external:*</mirrorOf></mirror>
                  </mirrors>
                  <profiles>
                    <profile><id>extra</id><repositories>
                      <repository><id>releases</id><url>https://repo.example/releases</url></repository>
                    </repositories></profile>
                    <profile><id>unused</id><repositories>
                      <repository><id>other</id><url>https://other.example</url></repository>
                    </repositories></profile>
                  </profiles>
                  <activeProfiles><activeProfile>extra</activeProfile></activeProfiles>
                </settings>
                """);
        Properties system = new Properties();
        system.setProperty("user.home", "/home/me");

        MavenSettings settings = MavenSettings.read(file, Map.of("REPO_TOKEN", "s3cret"), system);

        assertThat(settings.localRepository()).isEqualTo("/home/me/repo");
        assertThat(settings.offline()).isFalse();
        assertThat(settings.mirrors()).containsExactly(
                new MavenSettings.Mirror("corp", "https://repo.example/maven", "external:*", null, false));
        assertThat(settings.servers()).containsExactly(new MavenSettings.Server("corp", "ci", "s3cret"));
        assertThat(settings.servers().toString()).doesNotContain("s3cret");
        assertThat(settings.repositories()).containsExactly(
                new MavenSettings.Repository("releases", "https://repo.example/releases", true, false));
    }

    @Test
    void noFileMeansNoSettingsAndABrokenFileIsNamed() throws Exception {
        assertThat(MavenSettings.read(tmp.resolve("absent.xml"), Map.of(), new Properties())).isEqualTo(MavenSettings.NONE);
        Path broken = Files.writeString(tmp.resolve("settings.xml"), "<settings><mirrors>");
        assertThatThrownBy(() -> MavenSettings.read(broken, Map.of(), new Properties()))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith(broken + ": not a readable settings.xml");
    }
}
