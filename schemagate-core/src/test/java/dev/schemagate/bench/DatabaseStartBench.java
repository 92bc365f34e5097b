package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseProvider;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static dev.schemagate.bench.BenchReport.median;
import static dev.schemagate.bench.BenchReport.ms;

/**
 * Start -> first query -> stop of the throwaway PostgreSQL, per provider: one warm-up run (not
 * counted), then N timed runs. Run it through bench/db-start.sh; results go to docs/benchmarks.md.
 *
 * <p>Arguments: providers (embedded, testcontainers), --runs N (10), --image NAME (postgres:15),
 * --write FILE (replace the section between the bench:db-start markers in FILE).
 */
public final class DatabaseStartBench {
    static final String BEGIN = "<!-- bench:db-start -->";
    static final String END = "<!-- /bench:db-start -->";

    private record Run(String version, long startNanos, long queryNanos, long stopNanos) {
        long totalNanos() {
            return startNanos + queryNanos + stopNanos;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> providers = new ArrayList<>();
        int runs = 10;
        String image = "postgres:15";
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--image" -> image = args[++i];
                case "--write" -> write = Path.of(args[++i]);
                default -> providers.add(args[i]);
            }
        }
        if (providers.isEmpty()) {
            providers = List.of("embedded", "testcontainers");
        }
        Path workDir = Files.createTempDirectory("schemagate-bench-");
        List<String> rows = new ArrayList<>();
        for (String name : providers) {
            DatabaseProvider provider = DatabaseProvider.parse(name);
            DatabaseSettings settings = DatabaseSettings.embedded(workDir).withProvider(provider).withImage(image);
            boolean container = provider == DatabaseProvider.TESTCONTAINERS;
            String label = container ? provider.id() + " (" + image + ")" : provider.id();
            if (container && !DockerClientFactory.instance().isDockerAvailable()) {
                System.out.println(label + ": no Docker engine found, not measured");
                rows.add("| " + label + " | not measured (no Docker engine) | | | | | | |");
                continue;
            }
            System.out.println(label + ": warm-up run");
            run(settings);
            long[] total = new long[runs], start = new long[runs], query = new long[runs], stop = new long[runs];
            String version = null;
            for (int i = 0; i < runs; i++) {
                Run r = run(settings);
                version = r.version();
                total[i] = r.totalNanos();
                start[i] = r.startNanos();
                query[i] = r.queryNanos();
                stop[i] = r.stopNanos();
                System.out.printf(Locale.ROOT, "%s: run %d/%d %s ms (start %s, first query %s, stop %s)%n", label,
                        i + 1, runs, ms(total[i]), ms(start[i]), ms(query[i]), ms(stop[i]));
            }
            Arrays.sort(total);
            System.out.printf(Locale.ROOT, "%s: median %s ms, min %s, max %s; phase medians: start %s, first query %s,"
                    + " stop %s%n", label, ms(median(total)), ms(total[0]), ms(total[runs - 1]),
                    ms(median(start)), ms(median(query)), ms(median(stop)));
            rows.add("| " + label + " | " + version + " | " + ms(median(total)) + " | " + ms(total[0]) + " | "
                    + ms(total[runs - 1]) + " | " + ms(median(start)) + " | " + ms(median(query)) + " | "
                    + ms(median(stop)) + " |");
        }
        Files.deleteIfExists(workDir.resolve("postgres.log"));
        Files.deleteIfExists(workDir);

        String section = section(runs, String.join(" ", args), rows);
        System.out.println();
        System.out.println(section);
        if (write != null) {
            BenchReport.replaceSection(write, BEGIN, END, section);
            System.out.println("Wrote " + write);
        }
    }

    /** Start until ready; open a connection, SELECT 1, close it; stop. */
    private static Run run(DatabaseSettings settings) throws Exception {
        long t0 = System.nanoTime();
        Database db = Databases.start(settings, Log.silent());
        long t1;
        long t2;
        try {
            t1 = System.nanoTime();
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new IllegalStateException("SELECT 1 did not return 1");
                }
            }
            t2 = System.nanoTime();
        } finally {
            db.close();
        }
        long t3 = System.nanoTime();
        return new Run(db.serverVersion(), t1 - t0, t2 - t1, t3 - t2);
    }

    private static String section(int runs, String javaArgs, List<String> rows) {
        return BEGIN + "\n"
                + "## Throwaway PostgreSQL: start → first query → stop\n\n"
                + BenchReport.provenance(DatabaseStartBench.class, javaArgs) + "\n\n"
                + "Per provider one warm-up run is not counted (it unpacks the binaries and runs initdb, or loads the"
                + " image), then " + runs + " timed runs of: start until ready; open a connection, `SELECT 1`, close"
                + " it; stop. Times in ms. The phase columns are medians of each phase on its own, so they need not"
                + " add up to the median total.\n\n"
                + "| Provider | PostgreSQL | Median total | Min | Max | Start (median) | First query (median)"
                + " | Stop (median) |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|\n"
                + String.join("\n", rows) + "\n"
                + END;
    }
}
