package dev.schemagate.core.db;

import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ContainerPostgresIT {
    /** CI has only a locally built postgres:15; elsewhere the default image is pulled. */
    static final String IMAGE = System.getProperty("schemagate.test.image", "postgres:15");

    @TempDir
    Path work;

    static void assumeDocker() {
        boolean docker = DockerClientFactory.instance().isDockerAvailable();
        if (Boolean.parseBoolean(System.getenv("CI"))) {
            assertThat(docker).as("CI=true: a Docker engine must run (see .ci/run)").isTrue();
        }
        assumeTrue(docker, "No Docker engine: Testcontainers tests skipped (they run in CI)");
    }

    @Test
    void startsTheImageAndRemovesItAfterwards() throws Exception {
        assumeDocker();
        Database db = Databases.start(DatabaseSettings.embedded(work).withProvider(DatabaseProvider.TESTCONTAINERS)
                .withImage(IMAGE), Log.silent());
        String id = ((ContainerPostgres) ManagedRole.unwrap(db)).containerId();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
        }
        assertThat(db.serverVersion()).matches("[0-9]+\\.[0-9]+.*");
        // a random password per run (Testcontainers' default is the fixed "test"), never written anywhere
        String password = db.password().reveal();
        assertThat(password).matches("[0-9a-f]{48}");
        assertThat(db.toString() + db.password()).doesNotContain(password);
        db.close();
        assertThat(java.nio.file.Files.readString(work.resolve("postgres.log"))).doesNotContain(password);
        assertThat(DockerClientFactory.instance().client().listContainersCmd().withShowAll(true).exec())
                .noneMatch(c -> c.getId().equals(id));
    }

    /**
     * Runs the probe in a JVM that sees no Docker: where a Docker engine runs, /run (which holds
     * its socket) is hidden in a private mount namespace, which needs root.
     */
    @Test
    void withoutDockerTheErrorSuggestsEmbedded(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String probe = String.join(" ", java, "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
                DockerMissingProbe.class.getName(), work.toString());
        List<String> command = List.of("sh", "-c", probe);
        if (DockerClientFactory.instance().isDockerAvailable()) {
            assumeTrue(PrivilegeDrop.currentUid() == 0 || Boolean.parseBoolean(System.getenv("CI")),
                    "hiding a running Docker engine needs root");
            command = List.of("unshare", "-m", "--propagation", "private", "sh", "-c",
                    "mount -t tmpfs tmpfs /run && exec " + probe);
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DOCKER_HOST");
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("PROBE: SchemaGateException").contains("needs a running Docker engine")
                .contains("-Dschema.db.provider=embedded");
    }
}
