package dev.schemagate.cli;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.db.PostgresMajor;
import dev.schemagate.core.options.ArtifactResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Maven Resolver run standalone against a file:// repository, through settings.xml like a user's ~/.m2. */
class StandaloneResolverTest {
    @TempDir
    Path tmp;

    private FileRepository remote;

    private FileRepository remote() throws Exception {
        if (remote != null) {
            return remote;
        }
        remote = new FileRepository(tmp.resolve("remote"));
        Path zip = Files.writeString(tmp.resolve("any.zip"), "not read here");
        for (String v : new String[] {"1.0.0", "1.1.0", "1.2.0-SNAPSHOT", "1.2.0"}) {
            remote.deploy("com.acme", "orders", v, "schemas", "zip", zip);
        }
        return remote;
    }

    private StandaloneResolver resolver(String settings) throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), settings);
        Properties system = new Properties();
        system.setProperty("user.home", home.toString());
        return StandaloneResolver.fromUserSettings(Map.of("MIRROR", remote().url()), system, Log.silent());
    }

    @Test
    void aMavenBaselineBecomesTheZipInTheLocalRepositoryWithItsEarlierReleases() throws Exception {
        StandaloneResolver resolver = resolver(FileRepository.mirrorSettings("${env.MIRROR}", ""));
        Path local = tmp.resolve("home/.m2/repository/com/acme/orders");

        String spec = resolver.baselines("maven:com.acme:orders:1.2.0", true, Log.silent(), "--baseline");

        assertThat(spec).isEqualTo("zip:" + local.resolve("1.2.0/orders-1.2.0-schemas.zip") + ",zip:"
                + local.resolve("1.1.0/orders-1.1.0-schemas.zip") + ",zip:" + local.resolve("1.0.0/orders-1.0.0-schemas.zip"));
        assertThat(local.resolve("1.2.0/orders-1.2.0-schemas.zip")).hasContent("not read here");
        assertThat(resolver.repositories()).contains("test-mirror (" + tmp.resolve("remote").toUri())
                .contains("mirroring [central]");
    }

    @Test
    void inAListOnlyTheMavenEntriesChangeAndEarlierReleasesAreNotAdded() throws Exception {
        StandaloneResolver resolver = resolver(FileRepository.mirrorSettings("${env.MIRROR}", ""));

        assertThat(resolver.baselines("maven:com.acme:orders:1.1.0, git:v1.0.0", true, Log.silent(), "--baseline"))
                .isEqualTo("zip:" + tmp.resolve("home/.m2/repository/com/acme/orders/1.1.0/orders-1.1.0-schemas.zip")
                        + ",git:v1.0.0");
        assertThat(resolver.baselines("git:v1.0.0", true, Log.silent(), "--baseline")).isEqualTo("git:v1.0.0");
    }

    @Test
    void aMissingVersionNamesTheFlagTheCoordinatesAndTheRepositoriesTried() throws Exception {
        StandaloneResolver resolver = resolver(FileRepository.mirrorSettings("${env.MIRROR}", ""));

        assertThatThrownBy(() -> resolver.baselines("maven:com.acme:orders:9.9", false, Log.silent(),
                "--baseline")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Baseline maven:com.acme:orders:9.9: cannot resolve com.acme:orders:zip:schemas:9.9"
                        + " from local " + tmp.resolve("home/.m2/repository") + ", test-mirror (")
                .hasMessageContaining("give --baseline a git: or dir: baseline");
        assertThatThrownBy(() -> resolver.postgresBinaries(15, Log.silent(), "--db.version"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("--db.version=15: cannot resolve " + PostgresMajor.binariesCoordinates(15))
                .hasMessageContaining("test-mirror (")
                .hasMessageContaining("or use --db.provider=testcontainers");
    }

    @Test
    void offlineInSettingsResolvesFromTheLocalRepositoryOnly() throws Exception {
        StandaloneResolver online = resolver(FileRepository.mirrorSettings("${env.MIRROR}", ""));
        Path cached = online.resolve("com.acme:orders:zip:schemas:1.0.0");

        StandaloneResolver offline = resolver(FileRepository.mirrorSettings("${env.MIRROR}", "<offline>true</offline>\n"));
        assertThat(offline.resolve("com.acme:orders:zip:schemas:1.0.0")).isEqualTo(cached);
        assertThatThrownBy(() -> offline.resolve("com.acme:orders:zip:schemas:1.1.0"))
                .isInstanceOf(ArtifactResolver.Unresolved.class).hasMessageContaining("offline");
        assertThat(offline.repositories()).contains("(offline: settings.xml <offline>)");
    }

    @Test
    void mavenRepoLocalWinsOverTheSettingsLocalRepository() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), FileRepository.mirrorSettings(remote().url(),
                "<localRepository>" + tmp.resolve("from-settings") + "</localRepository>\n"));
        Properties system = new Properties();
        system.setProperty("user.home", home.toString());
        assertThat(StandaloneResolver.fromUserSettings(Map.of(), system, Log.silent())
                .resolve("com.acme:orders:zip:schemas:1.0.0")).startsWith(tmp.resolve("from-settings"));
        system.setProperty("maven.repo.local", tmp.resolve("from-flag").toString());
        assertThat(StandaloneResolver.fromUserSettings(Map.of(), system, Log.silent())
                .resolve("com.acme:orders:zip:schemas:1.0.0")).startsWith(tmp.resolve("from-flag"));
    }

    @Test
    void aSettingsServerWithTheMirrorsIdLogsIntoIt() throws Exception {
        Path zip = remote().root.resolve("com/acme/orders/1.0.0/orders-1.0.0-schemas.zip");
        String expected = "Basic " + Base64.getEncoder().encodeToString("ci:s3cret".getBytes(StandardCharsets.UTF_8));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo/", exchange -> {
            boolean authorized = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            boolean known = exchange.getRequestURI().getPath().endsWith("/orders-1.0.0-schemas.zip");
            if (!authorized) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"repo\"");
            }
            byte[] body = authorized && known ? Files.readAllBytes(zip) : new byte[0];
            exchange.sendResponseHeaders(!authorized ? 401 : known ? 200 : 404, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/repo/";
            String servers = "<servers><server><id>test-mirror</id><username>ci</username>"
                    + "<password>${env.TOKEN}</password></server></servers>\n";
            Path home = tmp.resolve("home");
            Files.createDirectories(home.resolve(".m2"));
            Properties system = new Properties();
            system.setProperty("user.home", home.toString());

            Files.writeString(home.resolve(".m2/settings.xml"), FileRepository.mirrorSettings(url, ""));
            assertThatThrownBy(() -> StandaloneResolver.fromUserSettings(Map.of(), system, Log.silent())
                    .resolve("com.acme:orders:zip:schemas:1.0.0")).hasMessageContaining("401");

            Files.writeString(home.resolve(".m2/settings.xml"), FileRepository.mirrorSettings(url, servers));
            StandaloneResolver resolver = StandaloneResolver.fromUserSettings(Map.of("TOKEN", "s3cret"), system,
                    Log.silent());
            assertThat(resolver.resolve("com.acme:orders:zip:schemas:1.0.0")).hasContent("not read here");
            assertThat(resolver.repositories()).doesNotContain("s3cret");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableRepositorySaysSo() throws Exception {
        // a closed port on this machine: the connection is refused at once
        StandaloneResolver resolver = resolver(FileRepository.mirrorSettings("http://127.0.0.1:9/repo", ""));
        assertThatThrownBy(() -> resolver.baselines("maven:com.acme:orders:1.0.0", false, Log.silent(),
                "--baseline")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("com.acme:orders:zip:schemas:1.0.0")
                .hasMessageContaining("test-mirror (http://127.0.0.1:9/repo)")
                .hasMessageContaining("127.0.0.1:9");
    }
}
