package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationCheck;
import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.migration.MigrationRun;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The generated history of {@link RoundTripBench} at N versions, once with every undo exact and once with
 * 40 % of the undo scripts broken (a syntax error, a no-op, or a table left behind, in turn), each round-tripped
 * on a fresh embedded PostgreSQL; wall time and time per version, medians. With the plain-chain reset, the
 * broken project should stay within 1.5x of the clean one.
 * Usage: BrokenUndoBench [--size 350] [--runs 3] [--write docs/benchmarks.md]
 */
public final class BrokenUndoBench {
    private static final String BEGIN = "<!-- bench:broken-undos -->";
    private static final String END = "<!-- /bench:broken-undos -->";

    private BrokenUndoBench() {
    }

    public static void main(String[] args) throws Exception {
        int size = 350;
        int runs = 3;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<RoundTripBench.Migration> clean = RoundTripBench.Generator.generate(size, RoundTripBench.DEFAULT_SEED);
        List<RoundTripBench.Migration> broken = new ArrayList<>();
        int brokenCount = 0;
        for (RoundTripBench.Migration m : clean) {
            // 4 of every 10 versions, spread out: 2, 4, 7, 9, 12, 14, ...
            int k = m.version() % 10;
            boolean breakIt = k == 2 || k == 4 || k == 7 || k == 9;
            if (!breakIt) {
                broken.add(m);
                continue;
            }
            String undo = switch (brokenCount++ % 3) {
                case 0 -> "-- broken: a typo\nDROP TABLEE nothing_here;\n";
                case 1 -> "-- broken: does nothing\nSELECT 1;\n";
                default -> m.undo() + "\nCREATE TABLE IF NOT EXISTS leftover_" + m.version() + " (id integer);\n";
            };
            broken.add(new RoundTripBench.Migration(m.version(), m.kind(), m.description(), m.up(), undo));
        }
        Path work = Files.createTempDirectory("schemagate-broken-undo-bench-");
        try {
            Path cleanProject = RoundTripBench.write(work.resolve("clean"), clean);
            Path brokenProject = RoundTripBench.write(work.resolve("broken"), broken);
            String loadBefore = BenchReport.loadAverage();
            System.out.println("warm-up (not counted)");
            run(work, cleanProject);
            long[] cleanNanos = new long[runs];
            long[] brokenNanos = new long[runs];
            Result lastBroken = null;
            Result lastClean = null;
            for (int r = 0; r < runs; r++) {
                lastClean = run(work, cleanProject);
                cleanNanos[r] = lastClean.nanos();
                lastBroken = run(work, brokenProject);
                brokenNanos[r] = lastBroken.nanos();
                System.out.printf("run %d: clean %s ms, broken %s ms%n", r + 1, BenchReport.ms(cleanNanos[r]),
                        BenchReport.ms(brokenNanos[r]));
            }
            long c = BenchReport.median(cleanNanos);
            long b = BenchReport.median(brokenNanos);
            String section = BEGIN + "\n## A history with 40 % broken undo scripts vs the same history fixed\n\n"
                    + BenchReport.provenance(BrokenUndoBench.class, String.join(" ", args)) + "\n\n"
                    + "The " + size + " generated versions of the round-trip bench (seed " + RoundTripBench.DEFAULT_SEED
                    + "), once as generated (every undo exact) and once with " + brokenCount + " of the undo scripts"
                    + " broken (a syntax error, a no-op `SELECT 1`, or the exact undo plus a table left behind, in turn)."
                    + " `MigrationCheck.run` with the defaults (per-version round trip, generated rows, chain check), each"
                    + " run on a fresh embedded PostgreSQL started before the timer. One warm-up run, then " + runs
                    + " timed runs alternating clean and broken; medians. Load average " + loadBefore + " before, "
                    + BenchReport.loadAverage() + " after.\n\n"
                    + "| Project | Wall time (ms) | Per version (ms) | Ratio to clean | Findings |\n|---|---:|---:|---:|---|\n"
                    + "| all undos exact | " + BenchReport.ms(c) + " | " + BenchReport.ms(c / size) + " | 1.00 | "
                    + lastClean.summary() + " |\n"
                    + "| 40 % broken | " + BenchReport.ms(b) + " | " + BenchReport.ms(b / size) + " | "
                    + String.format(java.util.Locale.ROOT, "%.2f", (double) b / c) + " | " + lastBroken.summary() + " |\n"
                    + END;
            System.out.println(section);
            if (write != null) {
                BenchReport.replaceSection(write, BEGIN, END, section);
            }
        } finally {
            RoundTripBench.deleteTree(work);
        }
    }

    private record Result(long nanos, String summary) {
    }

    private static Result run(Path work, Path project) {
        MigrationSettings settings = MigrationSettings.defaults(project).withLocations(List.of("db/migration"));
        try (Database db = Databases.start(DatabaseSettings.embedded(work.resolve("pg")), Log.silent())) {
            long t0 = System.nanoTime();
            MigrationRun run = MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent());
            long nanos = System.nanoTime() - t0;
            long withOutcome = run.migrations().stream().filter(m -> m.outcome() != MigrationOutcome.Outcome.NOT_RUN).count();
            if (withOutcome != run.migrations().size()) {
                throw new IllegalStateException("versions without an outcome in " + project);
            }
            Map<String, Long> byRule = run.findings().stream()
                    .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
            String summary = byRule.isEmpty() ? "none" : byRule.entrySet().stream()
                    .map(e -> "`" + e.getKey() + "` " + e.getValue()).collect(Collectors.joining(", "));
            return new Result(nanos, summary);
        }
    }
}
