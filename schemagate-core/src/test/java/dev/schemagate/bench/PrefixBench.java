package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.baseline.Baselines;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.FlywayLogBridge;
import dev.schemagate.core.migration.MigrationCheck;
import dev.schemagate.core.migration.MigrationRun;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.schemagate.bench.BenchReport.median;
import static dev.schemagate.bench.BenchReport.ms;

/**
 * What checking only the new version costs (issue 14 items 4 and 5): N generated migrations (the round-trip
 * bench's generator), checked with {@code schema.migrations.from=N-1}, and as a merge request whose baseline
 * already has V1..V(N-1) unchanged; both against plain {@code flyway migrate} of the N versions, each on a fresh
 * embedded PostgreSQL. Run it through bench/prefix.sh; results go to docs/benchmarks.md.
 *
 * <p>Arguments: --size N (300), --runs R (3), --write FILE (replace the bench:prefix section).
 */
public final class PrefixBench {
    static final String BEGIN = "<!-- bench:prefix -->";
    static final String END = "<!-- /bench:prefix -->";

    public static void main(String[] args) throws Exception {
        int n = 300;
        int runs = 3;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> n = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --size N --runs R --write FILE)");
            }
        }
        List<RoundTripBench.Migration> all = RoundTripBench.Generator.generate(n, RoundTripBench.DEFAULT_SEED);
        Path work = Files.createTempDirectory("schemagate-prefix-bench-");
        Path project = RoundTripBench.write(work.resolve("project"), all);
        RoundTripBench.write(project.resolve("release"), all.subList(0, n - 1));
        String loadBefore = BenchReport.loadAverage();
        long[] from = new long[runs];
        long[] mr = new long[runs];
        long[] plain = new long[runs];
        check(work, project, n, String.valueOf(n - 1), false); // warm-up, not counted
        for (int r = 0; r < runs; r++) {
            from[r] = check(work, project, n, String.valueOf(n - 1), false);
            mr[r] = check(work, project, n, null, true);
            plain[r] = plainFlyway(work, project);
            System.out.printf(Locale.ROOT, "run %d/%d: from=%d %s ms, merge request %s ms, plain Flyway %s ms%n", r + 1,
                    runs, n - 1, ms(from[r]), ms(mr[r]), ms(plain[r]));
        }
        String load = loadBefore + " before, " + BenchReport.loadAverage() + " after";
        String section = BEGIN + "\n## Checking only the new version: `from` and merge requests\n\n"
                + BenchReport.provenance(PrefixBench.class, String.join(" ", args)) + "\n\n"
                + n + " generated migrations with exact undo scripts (the round-trip bench's generator, seed "
                + RoundTripBench.DEFAULT_SEED + "); " + (runs == 1 ? "one timed run" : runs + " timed runs, medians")
                + ", each on a fresh embedded PostgreSQL (1-minute load average " + load + "). The versions that"
                + " need no round trip are applied in one pass (`PlainPrefix`), only V" + n + " is round-tripped,"
                + " and the chain check has one version, so it does nothing.\n\n"
                + "| Case | schemagate | Plain Flyway (all " + n + ") | Ratio |\n|---|---:|---:|---:|\n"
                + row("`-Dschema.migrations.from=" + (n - 1) + "`", from, plain)
                + row("merge request: baseline has V1..V" + (n - 1) + " unchanged", mr, plain)
                + END;
        System.out.println(section);
        if (write != null) {
            BenchReport.replaceSection(write, BEGIN, END, section);
            System.out.println("Wrote " + write);
        }
    }

    private static String row(String label, long[] ours, long[] plain) {
        return "| " + label + " | " + ms(median(ours)) + " ms | " + ms(median(plain)) + " ms | "
                + String.format(Locale.ROOT, "%.2f", (double) median(ours) / median(plain)) + " |\n";
    }

    /** MigrationCheck.run alone is timed; fails loudly unless every version applied and there are no findings. */
    private static long check(Path work, Path project, int n, String from, boolean baseline) {
        MigrationSettings settings = MigrationSettings.defaults(project).withLocations(List.of("db/migration"))
                .withFrom(from);
        try (Database db = Databases.start(DatabaseSettings.embedded(work), Log.silent());
             BaselineFiles release = baseline ? Baselines.resolve("dir:release", project, Map.of(), Log.silent())
                     .orElseThrow() : null) {
            long t0 = System.nanoTime();
            MigrationRun run = MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent(),
                    Optional.ofNullable(release));
            long nanos = System.nanoTime() - t0;
            if (!run.findings().isEmpty() || run.migrations().size() != n) {
                run.findings().forEach(f -> System.err.println("  " + f.ruleId() + ": " + f.message()));
                throw new IllegalStateException("the generated migrations did not pass (" + run.migrations().size()
                        + " of " + n + ")");
            }
            return nanos;
        }
    }

    private static long plainFlyway(Path work, Path project) {
        try (Database db = Databases.start(DatabaseSettings.embedded(work), Log.silent())) {
            long t0 = System.nanoTime();
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password().reveal())
                    .locations("filesystem:" + project.resolve("db/migration"))
                    .loggers(FlywayLogBridge.class.getName()).load().migrate();
            return System.nanoTime() - t0;
        }
    }

    private PrefixBench() {
    }
}
