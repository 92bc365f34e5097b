package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.db.JdbcUrls;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One data migration of 50,000 INSERT lines: psql -f, Flyway's migrate() and the script runner, each on a fresh
 * database of one embedded server (median of 3). Not a test: run it by hand (see docs/benchmarks.md).
 */
public final class DataScriptTiming {
    private DataScriptTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path work = Files.createTempDirectory("datascript");
        Path dir = Files.createDirectories(work.resolve("project/db/migration"));
        Files.writeString(dir.resolve("V1__table.sql"), "CREATE TABLE t (id integer PRIMARY KEY, v text, n numeric);\n");
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= rows; i++) {
            sql.append("INSERT INTO t (id, v, n) VALUES (").append(i).append(", 'row ").append(i).append("', ")
                    .append(i % 97).append(".5);\n");
        }
        Path v2 = dir.resolve("V2__rows.sql");
        Files.writeString(v2, sql);
        MigrationSettings settings = new MigrationSettings(work.resolve("project"), List.of("db/migration"), List.of(),
                Map.of(), null, null, Set.of(), null, false, true);
        VersionedMigration m1 = new VersionedMigration("1", "table", dir.resolve("V1__table.sql"), "V1__table.sql", null, null);
        VersionedMigration m2 = new VersionedMigration("2", "rows", v2, "V2__rows.sql", null, null);
        try (Database db = Databases.start(DatabaseSettings.embedded(work.resolve("pg")), Log.silent())) {
            long[] psql = new long[3];
            long[] flyway = new long[3];
            long[] runner = new long[3];
            for (int run = 0; run < 3; run++) {
                String a = db.createDatabase("psql" + run);
                try (var c = db.connect(a); var st = c.createStatement()) {
                    st.execute(Files.readString(dir.resolve("V1__table.sql")));
                }
                long t0 = System.nanoTime();
                ProcessBuilder pb = new ProcessBuilder("psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", "-1", "-h", host(db),
                        "-p", port(db), "-U", db.user(), "-d", JdbcUrls.database(a), "-f", v2.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
                pb.environment().put("PGPASSWORD", db.password().reveal());
                Process p = pb.start();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("psql failed");
                }
                psql[run] = (System.nanoTime() - t0) / 1_000_000;

                String b = db.createDatabase("flyway" + run);
                Flyway f = FlywaySteps.base(db, b, settings).locations("filesystem:" + dir).target("1").load();
                f.migrate();
                Flyway all = FlywaySteps.base(db, b, settings).locations("filesystem:" + dir).load();
                t0 = System.nanoTime();
                all.migrate();
                flyway[run] = (System.nanoTime() - t0) / 1_000_000;

                String c = db.createDatabase("runner" + run);
                try (FlywaySteps steps = new FlywaySteps(db, c, settings)) {
                    steps.apply(List.of(m1));
                    t0 = System.nanoTime();
                    if (steps.apply(List.of(m2)).isPresent()) {
                        throw new IllegalStateException("the runner failed");
                    }
                    runner[run] = (System.nanoTime() - t0) / 1_000_000;
                }
                System.out.printf("run %d: psql -f %d ms, Flyway migrate() %d ms, script runner %d ms%n", run + 1,
                        psql[run], flyway[run], runner[run]);
            }
            java.util.Arrays.sort(psql);
            java.util.Arrays.sort(flyway);
            java.util.Arrays.sort(runner);
            System.out.printf("%d INSERT lines, medians: psql -f %d ms, Flyway migrate() %d ms (%.2fx), script runner %d ms"
                    + " (%.2fx psql)%n", rows, psql[1], flyway[1], (double) flyway[1] / psql[1], runner[1],
                    (double) runner[1] / psql[1]);
        }
    }

    /** psql's -h: the socket's folder for the embedded server's unix socket, else the URL's host. */
    private static String host(Database db) {
        Path socket = socket(db);
        return socket != null ? socket.getParent().toString()
                : java.net.URI.create(db.jdbcUrl().substring("jdbc:".length())).getHost();
    }

    private static String port(Database db) {
        Path socket = socket(db);
        return socket != null ? socket.getFileName().toString().substring(".s.PGSQL.".length())
                : Integer.toString(java.net.URI.create(db.jdbcUrl().substring("jdbc:".length())).getPort());
    }

    private static Path socket(Database db) {
        String url = db.jdbcUrl();
        int at = url.indexOf("socketFactoryArg=");
        if (at < 0) {
            return null;
        }
        String arg = url.substring(at + "socketFactoryArg=".length()).split("&")[0];
        return Path.of(java.net.URLDecoder.decode(arg, java.nio.charset.StandardCharsets.UTF_8));
    }
}
