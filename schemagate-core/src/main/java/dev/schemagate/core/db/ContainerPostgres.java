package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** PostgreSQL in a container started through Testcontainers. */
final class ContainerPostgres implements Database {
    private final PostgreSQLContainer container;
    private final ServerShutdown shutdown;
    private String version;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
        this.shutdown = new ServerShutdown(container::stop);
    }

    static ContainerPostgres start(DatabaseSettings settings, Log log) {
        DockerImageName image = parseImage(settings.image());
        if (!dockerAvailable()) {
            throw new SchemaGateException(SchemaProperties.DB_PROVIDER + "=testcontainers needs a running Docker engine, and none"
                    + " was found (checked DOCKER_HOST, /var/run/docker.sock and ~/.testcontainers.properties)."
                    + " Start Docker, or use -D" + SchemaProperties.DB_PROVIDER + "=embedded (the default), which needs no Docker.");
        }
        Path logFile = ProcessLog.prepare(settings.logFile());
        // the mapped port is open to every local user: a random password per run, held in memory only
        // (Testcontainers' own default is the fixed "test")
        Secret password = Secret.of(java.util.HexFormat.of().formatHex(new java.security.SecureRandom().generateSeed(24)));
        PostgreSQLContainer container = new PostgreSQLContainer(image).withPassword(password.reveal())
                .withLogConsumer(frame -> append(logFile, frame));
        ContainerPostgres db = new ContainerPostgres(container);
        try {
            log.info("Starting container " + image.asCanonicalNameString());
            container.start();
            db.version = EmbeddedPostgres.queryVersion(db.connect());
            return db;
        } catch (RuntimeException | java.sql.SQLException e) {
            db.close();
            throw new SchemaGateException("Container " + image.asCanonicalNameString() + " did not start: "
                    + password.scrub(e.getMessage()) + ". See " + logFile + "; check that " + SchemaProperties.DB_IMAGE + " names a PostgreSQL image.", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            // a Docker engine answered, but Testcontainers could not set itself up (often: no registry for its
            // Ryuk image); say so instead of failing with a bare stack trace
            throw new SchemaGateException("Docker is running, but Testcontainers could not start: " + e.getMessage()
                    + ". Offline, set TESTCONTAINERS_RYUK_DISABLED=true; or use -D" + SchemaProperties.DB_PROVIDER
                    + "=embedded, which needs no Docker.", e);
        }
    }

    private static DockerImageName parseImage(String image) {
        try {
            return DockerImageName.parse(image).asCompatibleSubstituteFor("postgres");
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(SchemaProperties.DB_IMAGE + ": '" + image + "' is not an image name (" + e.getMessage()
                    + "). Use for example postgres:17 or postgis/postgis:17-3.5.");
        }
    }

    private static void append(Path logFile, OutputFrame frame) {
        try {
            Files.writeString(logFile, frame.getUtf8String(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is a convenience; losing a line must not stop the build
        }
    }

    String containerId() {
        return container.getContainerId();
    }

    @Override
    public DatabaseProvider provider() {
        return DatabaseProvider.TESTCONTAINERS;
    }

    @Override
    public String jdbcUrl() {
        return container.getJdbcUrl();
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public Secret password() {
        return Secret.of(container.getPassword());
    }

    @Override
    public String serverVersion() {
        return version;
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
