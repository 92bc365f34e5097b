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
