package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to get the throwaway database.
 *
 * @param workDir   where postgres.log goes (target/schemagate)
 * @param cacheDir  where embedded binaries and the initialised template data directory are kept
 * @param image     container image for testcontainers
 * @param url       JDBC URL of an external server (its database is only used to create a scratch one)
 * @param binaries  the jar of the embedded PostgreSQL binaries (schema.db.version); null: the bundled ones
 * @param privileges who migrations run as (schema.db.privileges); null: managed
 */
public record DatabaseSettings(DatabaseProvider provider, Path workDir, Path cacheDir, String image,
                               String url, String user, Secret password, Duration startTimeout, Path binaries,
                               Privileges privileges) {

    public DatabaseSettings {
        privileges = privileges == null ? Privileges.MANAGED : privileges;
    }

    /** Migrations as a managed service's admin role (schema.db.privileges=managed). */
    public DatabaseSettings(DatabaseProvider provider, Path workDir, Path cacheDir, String image,
                            String url, String user, Secret password, Duration startTimeout, Path binaries) {
        this(provider, workDir, cacheDir, image, url, user, password, startTimeout, binaries, Privileges.MANAGED);
    }

    public DatabaseSettings withPrivileges(Privileges newPrivileges) {
        return new DatabaseSettings(provider, workDir, cacheDir, image, url, user, password, startTimeout, binaries,
                newPrivileges);
    }

    /** With the bundled embedded binaries. */
    public DatabaseSettings(DatabaseProvider provider, Path workDir, Path cacheDir, String image,
                            String url, String user, Secret password, Duration startTimeout) {
        this(provider, workDir, cacheDir, image, url, user, password, startTimeout, null);
    }

    public DatabaseSettings withBinaries(Path newBinaries) {
        return new DatabaseSettings(provider, workDir, cacheDir, image, url, user, password, startTimeout, newBinaries, privileges);
    }

    public static final String DEFAULT_IMAGE = "postgres:17";

    public static DatabaseSettings embedded(Path workDir) {
        return new DatabaseSettings(DatabaseProvider.EMBEDDED, workDir, defaultCacheDir(), DEFAULT_IMAGE,
                null, null, Secret.none(), Duration.ofSeconds(60));
    }

    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "schemagate-cache");
    }

    public DatabaseSettings withProvider(DatabaseProvider newProvider) {
        return new DatabaseSettings(newProvider, workDir, cacheDir, image, url, user, password, startTimeout, binaries, privileges);
    }

    public DatabaseSettings withImage(String newImage) {
        return new DatabaseSettings(provider, workDir, cacheDir, newImage, url, user, password, startTimeout, binaries, privileges);
    }

    public DatabaseSettings withExternal(String newUrl, String newUser, Secret newPassword) {
        return new DatabaseSettings(provider, workDir, cacheDir, image, newUrl, newUser, newPassword, startTimeout, binaries, privileges);
    }

    public DatabaseSettings withCacheDir(Path newCacheDir) {
        return new DatabaseSettings(provider, workDir, newCacheDir, image, url, user, password, startTimeout, binaries, privileges);
    }

    public Path logFile() {
        return workDir.resolve("postgres.log");
    }
}
