package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.data.DataFingerprints;
import dev.schemagate.core.data.TableFingerprint;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * When a version fails on a database that holds rows: the state before it is built again from the plain
 * chain without generated rows (seed files only) and the version tried there; if it still fails and seed rows
 * were present, once more with no rows at all. A version that applies on one of these is
 * {@code migration.apply.fails-with-rows} (ERROR for seed rows, WARNING for generated ones) and the round trip
 * goes on from that state; one that fails everywhere is {@code migration.apply.failed}, reported once.
 */
final class RowsRetry {
    private static final int ROWS_SHOWN = 3;
    private static final int TABLES_SHOWN = 5;
    private static final int ROW_CHARS = 160;

    private final Database db;
    private final MigrationSettings settings;
    private final PlainChain plain;
    private final MigrationFindings findings;

    RowsRetry(Database db, MigrationSettings settings, PlainChain plain, MigrationFindings findings) {
        this.db = db;
        this.settings = settings;
        this.plain = plain;
        this.findings = findings;
    }

    /**
     * @param millis     how long the first apply took
     * @param dataBefore the fingerprints before the version, when it applied on another database than the one
     *                   the caller fingerprinted; null otherwise
     * @param note       appended to the version's console line ("" when nothing to say)
     */
    record Applied(Long millis, boolean failed, Map<String, TableFingerprint> dataBefore, String note) {
        static Applied on(Long millis) {
            return new Applied(millis, false, null, "");
        }
    }

    /** @param workbench the database the round trip goes on in; null to keep the current one */
    record Result(Applied applied, Workbench workbench) {
    }

    Result retry(VersionedMigration m, Workbench failedOn, StepFailure failure, Long millis) {
        Map<String, Long> held = rowCounts(failedOn);
        // a refused privilege does not depend on the rows
        if (held.isEmpty() || findings.managed() && NeedsSuperuser.refused(failure)) {
            return failed(m, failure, millis);
        }
        Map<String, List<String>> heldRows = rows(failedOn, held, statementOf(failure));
        Workbench candidate = Workbench.at(db, plain.copy("retry"), settings);
        boolean keep = false;
        try {
            Map<String, Long> seedRows = rowCounts(candidate);
            StepFailure last = failure;
            if (!seedRows.equals(held)) {
                Map<String, TableFingerprint> before = fingerprint(candidate);
                Optional<StepFailure> again = candidate.steps().apply(List.of(m));
                if (again.isEmpty()) {
                    report(m, failure, heldRows, held, false);
                    plain.add(m);
                    keep = true;
                    return new Result(new Applied(millis, false, before,
                            " · fails with the generated rows, applies on seed rows only (WARNING)"), candidate);
                }
                last = again.get();
            }
            if (!seedRows.isEmpty()) {
                Map<String, List<String>> seedShown = rows(candidate, seedRows, statementOf(last));
                truncate(candidate);
                Map<String, TableFingerprint> before = fingerprint(candidate);
                Optional<StepFailure> empty = candidate.steps().apply(List.of(m));
                if (empty.isEmpty()) {
                    report(m, last, seedShown, seedRows, true);
                    candidate.close(); // a database is copied only while nobody is connected to it
                    plain.continueFrom(candidate.url(), m);
                    candidate = Workbench.at(db, candidate.url(), settings);
                    keep = true;
                    return new Result(new Applied(millis, false, before,
                            " · fails with the seed rows, applies on empty tables"), candidate);
                }
                last = empty.get();
            }
            return failed(m, last, millis);
        } finally {
            if (!keep) {
                candidate.close();
                plain.drop(candidate.url());
            }
        }
    }

    private Result failed(VersionedMigration m, StepFailure e, Long millis) {
        findings.addFailure(Rule.MIGRATION_APPLY_FAILED, e, m.version(),
                "Fix the statement and run the build again; the run goes on without " + m.label()
                        + " and later results assume it skipped.");
        return new Result(new Applied(millis, true, null, ""), null);
    }

    private void report(VersionedMigration m, StepFailure e, Map<String, List<String>> shown,
                        Map<String, Long> counts, boolean seedRows) {
        Rule rule = Rule.MIGRATION_APPLY_FAILS_WITH_ROWS;
        Severity severity = findings.policy().override(rule)
                .orElse(seedRows ? rule.defaultSeverity() : Severity.WARNING);
        String tables = shown.entrySet().stream().map(t -> t.getKey() + " (" + counts.get(t.getKey()) + " rows: "
                + String.join(", ", t.getValue()) + ")").collect(Collectors.joining("; "));
        String origin = seedRows ? "the rows of your seed files" : "the rows schemagate generated";
        String advice = m.label() + " applies " + (seedRows ? "on empty tables" : "with seed rows only")
                + " but fails with " + origin + " in " + tables + ": every database holding such rows fails the same way."
                + " Give the column a default, backfill it in the same statement, or add a WHERE that skips those rows."
                + (seedRows ? "" : " These rows are a guess: add a seed file " + settings.basedir().relativize(settings.seeds())
                + "/V<version>__rows.sql with rows your application really holds.");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rowsFrom", seedRows ? "seed" : "generated");
        details.put("tables", new TreeMap<>(counts.entrySet().stream().filter(c -> shown.containsKey(c.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        details.put("rows", new TreeMap<>(shown));
        findings.addFailure(rule, severity, e, m.version(), advice, details);
    }

    private static String statementOf(StepFailure e) {
        return e.statement() == null ? "" : e.statement().toLowerCase(Locale.ROOT);
    }

    /** Rows of the tables the failing statement names (else of the first few that hold rows). */
    private static Map<String, List<String>> rows(Workbench bench, Map<String, Long> held, String statement) {
        List<String> named = held.keySet().stream().filter(t -> mentions(statement, t)).toList();
        List<String> tables = named.isEmpty() ? held.keySet().stream().limit(TABLES_SHOWN).toList() : named;
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Statement s = bench.connection().createStatement()) {
            for (String table : tables) {
                List<String> some = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT row_to_json(t)::text FROM " + quote(table) + " t LIMIT "
                        + ROWS_SHOWN)) {
                    while (rs.next()) {
                        String row = rs.getString(1);
                        some.add(row.length() > ROW_CHARS ? row.substring(0, ROW_CHARS) + "…" : row);
                    }
                }
                rows.put(table, some);
            }
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot read the rows a migration failed on: " + e.getMessage(), e);
        }
        return rows;
    }

    private static boolean mentions(String statement, String table) {
        String bare = table.substring(table.indexOf('.') + 1).toLowerCase(Locale.ROOT);
        return java.util.regex.Pattern.compile("(^|[^a-z0-9_])\"?" + java.util.regex.Pattern.quote(bare) + "\"?($|[^a-z0-9_])")
                .matcher(statement).find();
    }

    /** Tables that hold rows, with their counts, in name order. */
    static Map<String, Long> rowCounts(Workbench bench) {
        Map<String, Long> counts = new TreeMap<>();
        CatalogSnapshot schema = bench.snapshot();
        try (Statement s = bench.connection().createStatement()) {
            for (String table : schema.tables()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quote(table))) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot count the rows of the throwaway database: " + e.getMessage(), e);
        }
        return counts;
    }

    private static Map<String, TableFingerprint> fingerprint(Workbench bench) {
        CatalogSnapshot schema = bench.snapshot();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        schema.tables().stream().sorted().forEach(t -> columns.put(t, schema.columnsOf(t)));
        try {
            return DataFingerprints.read(bench.connection(), columns);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot fingerprint the table data: " + e.getMessage(), e);
        }
    }

    private static void truncate(Workbench bench) {
        List<String> tables = List.copyOf(bench.snapshot().tables());
        if (tables.isEmpty()) {
            return;
        }
        try (Statement s = bench.connection().createStatement()) {
            s.execute("TRUNCATE " + tables.stream().map(RowsRetry::quote).collect(Collectors.joining(", ")) + " CASCADE");
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot empty the tables to retry a migration: " + e.getMessage(), e);
        }
    }

    static String quote(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? ident(qualified) : ident(qualified.substring(0, dot)) + "." + ident(qualified.substring(dot + 1));
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
