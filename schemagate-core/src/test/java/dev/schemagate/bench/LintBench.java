package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.baseline.Baselines;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.lint.LintSettings;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.schemagate.bench.BenchReport.median;
import static dev.schemagate.bench.BenchReport.ms;

/**
 * What the migration lint adds to the round trip: {@code MigrationCheck.run} with and without lint
 * (as schema:verify with and without -Dschema.lint.skip=true) on the sample project (baseline
 * dir:release-0.9, so V7 and V8 are linted; and without a baseline, all 8) and on the 200 generated
 * migrations of {@link RoundTripBench} (all linted). Run it through bench/roundtrip.sh.
 *
 * <p>Arguments: --runs N (5), --size N (200), --write FILE.
 */
public final class LintBench {
    static final String BEGIN = "<!-- bench:lint -->";
    static final String END = "<!-- /bench:lint -->";
    private static final long SEED = 20261125L;

    private record Case(String name, Path project, String baseline, int linted) {
    }

    private record Result(long[] without, long[] with, long[] lintOwn, Map<String, Long> lintFindings) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int size = 200;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (expected --runs N --size N --write FILE)");
            }
        }
        Path work = Files.createTempDirectory("schemagate-lint-bench-");
        Path sample = Path.of("sample-project").toAbsolutePath();
        Path generated = RoundTripBench.write(work.resolve("n" + size), RoundTripBench.Generator.generate(size, SEED));
        List<Case> cases = List.of(
                new Case("sample project, baseline dir:release-0.9", sample, "dir:release-0.9", 2),
                new Case("sample project, no baseline", sample, null, 8),
                new Case(size + " generated migrations (RoundTripBench, seed " + SEED + ")", generated, null, size));
        String loadBefore = BenchReport.loadAverage();
        long start = System.nanoTime();
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            System.out.println(c.name() + ": warm-up (not counted)");
            time(work, c, false);
            time(work, c, true);
            long[] without = new long[runs];
            long[] with = new long[runs];
            long[] own = new long[runs];
            Map<String, Long> findings = Map.of();
            for (int r = 0; r < runs; r++) {
                without[r] = time(work, c, false).nanos;
                Timed linted = time(work, c, true);
                with[r] = linted.nanos;
                own[r] = linted.lintMillis * 1_000_000L;
                findings = linted.lintFindings;
                System.out.printf(Locale.ROOT, "%s run %d/%d: without lint %s ms, with lint %s ms (of which lint itself"
                        + " %d ms)%n", c.name(), r + 1, runs, ms(without[r]), ms(with[r]), linted.lintMillis);
            }
            results.add(new Result(without, with, own, findings));
        }
        RoundTripBench.deleteTree(work);
        String load = loadBefore + " before, " + BenchReport.loadAverage() + " after";
        String section = section(String.join(" ", args), cases, results, runs, (System.nanoTime() - start) / 1_000_000_000L, load);
        System.out.println(section);
        if (write != null) {
            BenchReport.replaceSection(write, BEGIN, END, section);
            System.out.println("Wrote " + write);
        }
    }

    private record Timed(long nanos, long lintMillis, Map<String, Long> lintFindings) {
    }

    private static final Pattern LINT_MILLIS = Pattern.compile("\\(lint (\\d+) ms\\)$");

    /** A fresh server; the timer covers MigrationCheck.run only. Fails unless every migration is RESTORED. */
    private static Timed time(Path work, Case c, boolean lint) {
        MigrationSettings settings = c.project().getFileName().toString().startsWith("n")
                ? MigrationSettings.defaults(c.project()).withLocations(List.of("db/migration"))
                : MigrationSettings.defaults(c.project());
        Optional<BaselineFiles> baseline = c.baseline() == null ? Optional.empty()
                : Baselines.resolve(c.baseline(), c.project(), Map.of(), Log.silent());
        MigrationRun run;
        long nanos;
        long[] lintMillis = {0};
        Log log = new Log() {
            @Override
            public void info(String message) {
                Matcher m = LINT_MILLIS.matcher(message);
                if (m.find()) {
                    lintMillis[0] = Long.parseLong(m.group(1));
                }
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
            }
        };
        try (Database db = Databases.start(DatabaseSettings.embedded(work), Log.silent())) {
            long t0 = System.nanoTime();
            run = MigrationCheck.run(db, settings, SeverityPolicy.defaults(), log, baseline,
                    lint ? LintSettings.inVerify() : LintSettings.off());
            nanos = System.nanoTime() - t0;
        }
        List<Finding> other = run.findings().stream().filter(f -> !f.ruleId().startsWith("lint.")).toList();
        // versions the baseline has unchanged are applied plainly (NOT_ROUND_TRIPPED); every other one restores
        boolean restored = run.migrations().stream().allMatch(m -> m.roundTrip() != null
                && (m.roundTrip().status() == MigrationOutcome.Status.RESTORED
                || m.roundTrip().status() == MigrationOutcome.Status.NOT_ROUND_TRIPPED));
        if (!other.isEmpty() || !restored) {
            other.forEach(f -> System.err.println("  " + f.ruleId() + ": " + f.message()));
            throw new IllegalStateException(c.name() + " did not round-trip cleanly" + (lint ? " with lint" : ""));
        }
        Map<String, Long> lintFindings = run.findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        baseline.ifPresent(BaselineFiles::close);
        return new Timed(nanos, lintMillis[0], lintFindings);
    }

    private static String section(String javaArgs, List<Case> cases, List<Result> results, int runs, long seconds, String load) {
        StringBuilder table = new StringBuilder("| Project | Linted | Without lint | With lint | Added | Lint's own time"
                + " | Its share of the run without lint | Without min–max | With min–max |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder found = new StringBuilder();
        List<String> over = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Result r = results.get(i);
            long a = median(r.without());
            long b = median(r.with());
            double added = 100.0 * (b - a) / a;
            if (added > 20) {
                over.add(c.name());
            }
            table.append("| ").append(c.name()).append(" | ").append(c.linted()).append(" | ").append(ms(a)).append(" | ")
                    .append(ms(b)).append(" | ").append(String.format(Locale.ROOT, "%+.1f %%", added)).append(" | ")
                    .append(ms(median(r.lintOwn()))).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * median(r.lintOwn()) / a)).append(" | ")
                    .append(range(r.without())).append(" | ").append(range(r.with())).append(" |\n");
            found.append("- ").append(c.name()).append(": ").append(r.lintFindings().isEmpty() ? "none"
                    : r.lintFindings().entrySet().stream().map(e -> "`" + e.getKey() + "` " + e.getValue())
                    .collect(Collectors.joining(", "))).append("\n");
        }
        return BEGIN + "\n## Migration lint: what it adds to the round trip\n\n"
                + BenchReport.provenance(LintBench.class, javaArgs) + "\n\n"
                + "Timed: `MigrationCheck.run` with `LintSettings.inVerify()` (what `schema:verify` does) against"
                + " `LintSettings.off()` (what `-Dschema.lint.skip=true` does), on a fresh embedded PostgreSQL per run"
                + " (started before the timer, stopped after it). Lint runs each new migration's statements once more,"
                + " in a transaction that is rolled back, reading pg_locks, relfilenodes, pg_stat_xact_user_tables and"
                + " pg_index after each statement, then parses each statement with JSqlParser. One warm-up pair per"
                + " project is not counted, then " + runs + " timed pairs, alternating; medians in ms. The whole bench"
                + " took " + seconds + " s; 1-minute load average " + load + ". \"Added\" is the difference of the"
                + " medians, exposed to the shared machine's noise; \"lint's own time\" is the time spent inside the"
                + " lint step, measured within the same runs (the `(lint N ms)` of the run's summary line), which is"
                + " what lint adds apart from noise.\n\n"
                + table + "\n"
                + "Lint findings per run:\n\n" + found + "\n"
                + "Goal: lint adds at most 20 %: " + (over.isEmpty() ? "met for every project" : "not met for "
                + String.join(", ", over)) + ".\n"
                + END;
    }

    private static String range(long[] nanos) {
        long[] v = nanos.clone();
        java.util.Arrays.sort(v);
        return ms(v[0]) + "–" + ms(v[v.length - 1]);
    }
}
