package dev.schemagate.core.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.schemagate.core.db.PgErrors;
import dev.schemagate.core.rules.Rule;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Seed files V&lt;version&gt;__*.sql: rows inserted right after their migration, so later round trips have data to protect. */
final class Seeds {
    private static final Pattern NAME = Pattern.compile("^V([0-9]+(?:[._][0-9]+)*)__.*\\.sql$");
    private final Map<String, List<Path>> byVersion;

    private Seeds(Map<String, List<Path>> byVersion) {
        this.byVersion = byVersion;
    }

    static Seeds in(Path folder) {
        Map<String, List<Path>> byVersion = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.sorted().forEach(f -> {
                    Matcher m = NAME.matcher(f.getFileName().toString());
                    if (m.matches()) {
                        String version = ScriptNames.normalize(m.group(1));
                        byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(f);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed folder " + folder, e);
            }
        }
        return new Seeds(byVersion);
    }

    List<Path> forVersion(String version) {
        return byVersion.getOrDefault(version, List.of());
    }

    /** A seed file that failed: where PostgreSQL points in it (file:line:column), its error with DETAIL and HINT. */
    static void failure(MigrationFindings findings, Path seed, VersionedMigration m, SQLException e) {
        int[] at = PgErrors.lineColumn(ScriptDiscovery.read(seed, java.nio.charset.StandardCharsets.UTF_8), 0, PgErrors.position(e));
        boolean placed = PgErrors.position(e) > 0;
        Optional<String> superuser = findings.managed() ? NeedsSuperuser.advice(e, null) : Optional.empty();
        Rule rule = superuser.isPresent() ? Rule.MIGRATION_APPLY_NEEDS_SUPERUSER : Rule.MIGRATION_SEED_FAILED;
        String where = findings.display(seed) + (placed ? ":" + at[0] + ":" + at[1] : "");
        String message = where + ": " + PgErrors.describe(e) + ". " + superuser.orElse("Fix the seed so it runs right after "
                + m.label() + ".");
        if (placed) {
            findings.addAt(rule, seed, at[0], m.version(), message, PgErrors.details(e));
        } else {
            findings.add(rule, seed, m.version(), null, message, PgErrors.details(e));
        }
    }

    /** Runs one seed file in its own transaction; the exception names the failure. */
    static void run(Connection c, Path seed) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(ScriptDiscovery.read(seed, java.nio.charset.StandardCharsets.UTF_8));
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
