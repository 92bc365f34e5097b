package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.CatalogDiff;
import dev.schemagate.core.catalog.CatalogDifference;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.PgErrors;
import dev.schemagate.core.rules.Rule;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain check (golang-migrate's {@code down -all}): on a copy of the state before the first round-tripped
 * version, every version is applied, every undo runs newest first, the schema is compared with the state
 * before, and every version is applied again. Versions without an undo cut the chain: it covers the versions
 * above the newest of them.
 */
final class ChainCheck {
    private ChainCheck() {
    }

    /** @param versions the round-tripped versions that applied, in order, and whether each has an undo */
    static void run(Database db, MigrationSettings settings, String base, List<VersionedMigration> versions,
                    MigrationFindings findings, ObjectOrigins origins, PlainChain plain, Log log) {
        run(db, settings, base, versions, java.util.Set.of(), findings, origins, plain, log);
    }

    /**
     * @param base     the state before the first round-tripped version: empty, or after the versions applied
     *                 plainly before it ({@link PlainPrefix})
     * @param plainly  versions among {@code versions} applied without a round trip (released, unchanged): they
     *                 cut the chain, as a version without an undo does
     */
    static void run(Database db, MigrationSettings settings, String base, List<VersionedMigration> versions,
                    java.util.Set<VersionedMigration> plainly, MigrationFindings findings, ObjectOrigins origins,
                    PlainChain plain, Log log) {
        int cut = -1;
        for (int i = 0; i < versions.size(); i++) {
            if (plainly.contains(versions.get(i)) || !undoable(versions.get(i), settings.flyway().encoding())) {
                cut = i;
            }
        }
        List<VersionedMigration> below = versions.subList(0, cut + 1);
        List<VersionedMigration> chain = versions.subList(cut + 1, versions.size());
        if (chain.size() < 2) {
            log.info("Chain check: nothing to chain (" + (chain.isEmpty() ? "no version" : "one version")
                    + " above the last one without an undo script).");
            return;
        }
        long start = System.nanoTime();
        String url = plain.copyOf(base, "chain");
        Workbench bench = Workbench.at(db, url, settings);
        FlywaySteps steps = new FlywaySteps(db, url, settings, true);
        try {
            if (!below.isEmpty() && apply(steps, below).isPresent()) {
                log.warn("Chain check skipped: the versions up to " + below.get(below.size() - 1).label()
                        + " do not apply in one go on an empty database.");
                return;
            }
            CatalogSnapshot before = bench.snapshot();
            Optional<StepFailure> up = apply(steps, chain);
            if (up.isPresent()) {
                log.warn("Chain check skipped: " + chain.get(0).label() + " to " + chain.get(chain.size() - 1).label()
                        + " do not apply in one go on an empty database: " + PgErrors.describe(up.get()) + ".");
                return;
            }
            String outcome = undoAll(steps, bench, chain, findings);
            if (outcome == null) {
                CatalogSnapshot after = bench.snapshot();
                List<CatalogDifference> residue = CatalogDiff.compare(before, after);
                residue.forEach(d -> residue(d, chain, findings, origins));
                Optional<StepFailure> again = apply(steps, chain);
                again.ifPresent(e -> findings.addFailure(Rule.MIGRATION_CHAIN_RESIDUE, e, versionOf(e, chain),
                        "After every undo ran newest first, applying the versions again fails: an undo script leaves"
                                + " something behind. Make each U script drop exactly what its V script creates."));
                outcome = residue.isEmpty() && again.isEmpty() ? "every undo ran, schema restored, applied again"
                        : residue.size() + " difference(s) after every undo" + (again.isEmpty() ? "" : " · FAILED TO APPLY AGAIN");
            }
            log.info(String.format("Chain check %s..%s (%d versions): %s, in %d ms", chain.get(0).label(),
                    chain.get(chain.size() - 1).label(), chain.size(), outcome, RoundTripStep.millisSince(start)));
        } finally {
            steps.close();
            bench.close();
            plain.drop(url);
        }
    }

    private static boolean undoable(VersionedMigration m, java.nio.charset.Charset encoding) {
        return !m.irreversible() && m.undo() != null && !ScriptDiscovery.read(m.undo(), encoding).isBlank();
    }

    /** Null when every undo ran, else the console's verdict (the finding is added). */
    private static String undoAll(FlywaySteps steps, Workbench bench, List<VersionedMigration> chain,
                                  MigrationFindings findings) {
        List<VersionedMigration> newestFirst = new ArrayList<>(chain);
        java.util.Collections.reverse(newestFirst);
        for (VersionedMigration m : newestFirst) {
            Optional<StepFailure> failure;
            try {
                failure = steps.undo(m, bench.connection());
            } catch (SQLException e) {
                throw new SchemaGateException("Cannot update Flyway's history in the chain check: " + e.getMessage(), e);
            }
            if (failure.isPresent()) {
                String newer = newestFirst.indexOf(m) == 0 ? "" : " after U" + newestFirst.get(0).version() + " to U"
                        + newestFirst.get(newestFirst.indexOf(m) - 1).version() + " ran";
                findings.addFailure(Rule.MIGRATION_CHAIN_UNDO_FAILED, failure.get(), m.version(),
                        "With every version applied, the undo scripts run newest first fail here" + newer + ". Fix "
                                + findings.display(m.undo()) + " so that it runs on the state the newer undo scripts"
                                + " leave (as golang-migrate's, diesel's and dbmate's down -all do).");
                return "U" + m.version() + " FAILED (the undo chain stops there)";
            }
        }
        return null;
    }

    private static void residue(CatalogDifference d, List<VersionedMigration> chain, MigrationFindings findings,
                                ObjectOrigins origins) {
        Optional<ObjectOrigins.Origin> origin = origins.ofPath(d.path());
        VersionedMigration owner = origin.flatMap(o -> chain.stream().filter(m -> m.version().equals(o.version())).findFirst())
                .orElse(chain.get(chain.size() - 1));
        String whose = origin.isPresent() ? " " + owner.label() + " creates it; "
                + findings.display(owner.undo()) + " should " + (d.change() == CatalogDifference.Change.REMOVED
                ? "leave it alone." : "drop it.") : " Make the undo scripts reverse it.";
        Map<String, Object> details = new java.util.LinkedHashMap<>(RoundTripStep.details(d));
        origin.ifPresent(o -> details.put("createdBy", o.version()));
        findings.add(Rule.MIGRATION_CHAIN_RESIDUE, owner.undo(), owner.version(), d.path(),
                "After " + chain.get(0).label() + " to " + chain.get(chain.size() - 1).label()
                        + " were applied and every undo ran newest first: " + d.describe() + "." + whose, details);
    }

    private static String versionOf(StepFailure e, List<VersionedMigration> chain) {
        return e.version() != null ? e.version() : chain.get(0).version();
    }

    private static Optional<StepFailure> apply(FlywaySteps steps, List<VersionedMigration> versions) {
        return steps.apply(versions);
    }
}
