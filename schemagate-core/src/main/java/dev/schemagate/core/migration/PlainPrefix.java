package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.PgErrors;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.RoundTrip;
import dev.schemagate.core.migration.MigrationOutcome.Status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first versions that need no round trip (up to {@code schema.migrations.from}, released and unchanged, a
 * baseline migration) cost what {@code flyway migrate} costs: the script runner applies each run of versions in one go
 * (split only where a version has seed files, which run right after it), in a fresh database of the server, with
 * no snapshot, no fingerprint and no generated rows. On success that database becomes the plain chain and the
 * round trip goes on from a copy of it. When a version of the prefix fails, the database is dropped and the
 * caller applies the versions one by one, so that each still gets its own outcome.
 */
final class PlainPrefix {
    private PlainPrefix() {
    }

    /** A seed file that failed, reported once the whole prefix applied (else the per-version pass reports it). */
    private record SeedFailure(Path seed, VersionedMigration m, SQLException e) {
    }

    /**
     * @param why why each version is not round-tripped (the note of its outcome)
     * @return each version's outcome ({@code NOT_ROUND_TRIPPED}); empty when a version did not apply
     */
    static Optional<List<MigrationOutcome>> apply(Database db, MigrationSettings settings, Seeds seeds,
                                                   PlainChain plain, List<VersionedMigration> prefix,
                                                   Function<VersionedMigration, String> why,
                                                   MigrationFindings findings, Log log) {
        long start = System.nanoTime();
        String url = plain.empty("prefix");
        List<SeedFailure> seedFailures = new ArrayList<>();
        int migrates = 0;
        Optional<StepFailure> failure = Optional.empty();
        // the runner's connection must be gone before the database is adopted (copied) or dropped
        try (FlywaySteps steps = new FlywaySteps(db, url, settings)) {
            List<VersionedMigration> segment = new ArrayList<>();
            for (int i = 0; i < prefix.size() && failure.isEmpty(); i++) {
                VersionedMigration m = prefix.get(i);
                segment.add(m);
                List<Path> files = seeds.forVersion(m.version());
                if (files.isEmpty() && i < prefix.size() - 1) {
                    continue;
                }
                failure = steps.apply(segment);
                migrates++;
                segment.clear();
                if (failure.isEmpty()) {
                    seed(db, url, m, files, seedFailures);
                }
            }
        }
        if (failure.isPresent()) {
            plain.drop(url);
            log.info("The versions " + range(prefix) + " do not apply in one pass (" + PgErrors.describe(failure.get())
                    + "); applying them one by one, so that each gets its outcome.");
            return Optional.empty();
        }
        plain.adopt(url);
        seedFailures.forEach(f -> Seeds.failure(findings, f.seed(), f.m(), f.e()));
        log.info(String.format("%-6s %-36s %s", range(prefix), prefix.size() == 1 ? prefix.get(0).description()
                        : "(" + prefix.size() + " versions)", "applied in one pass (" + migrates + " run"
                        + (migrates == 1 ? "" : "s") + " of the scripts, seeds after their versions) in " + RoundTripStep.millisSince(start)
                        + " ms · not round-tripped (" + reasons(prefix, why) + ")"));
        List<MigrationOutcome> outcomes = prefix.stream().map(m -> new MigrationOutcome(m.version(), m.description(),
                findings.display(m.script()), "SQL", Outcome.APPLIED, null, null, null,
                RoundTrip.skipped(Status.NOT_ROUND_TRIPPED, findings.display(m.undo()), why.apply(m)))).toList();
        return Optional.of(outcomes);
    }

    private static void seed(Database db, String url, VersionedMigration m, List<Path> files, List<SeedFailure> failures) {
        if (files.isEmpty()) {
            return;
        }
        try (Connection c = db.connectForMigrations(url)) {
            for (Path file : files) {
                try {
                    Seeds.run(c, file);
                } catch (SQLException e) {
                    failures.add(new SeedFailure(file, m, e));
                }
            }
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot connect to the database of the plain prefix: "
                    + db.password().scrub(e.getMessage()), e);
        }
    }

    /** "before schema.migrations.from" or, when the reasons differ, each with its count. */
    static String reasons(List<VersionedMigration> prefix, Function<VersionedMigration, String> why) {
        Map<String, Long> counts = prefix.stream().collect(Collectors.groupingBy(why, LinkedHashMap::new,
                Collectors.counting()));
        return counts.size() == 1 ? counts.keySet().iterator().next()
                : counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("; "));
    }

    static String range(List<VersionedMigration> versions) {
        return versions.get(0).label() + (versions.size() == 1 ? "" : ".." + versions.get(versions.size() - 1).label());
    }
}
