package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseProvider;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
            replaceSection(write, section);
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

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static String ms(long nanos) {
        double ms = nanos / 1e6;
        return ms < 100 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.0f", ms);
    }

    private static String section(int runs, String javaArgs, List<String> rows) {
        String javaCommand = "java -cp … " + DatabaseStartBench.class.getName() + " " + javaArgs;
        String script = System.getProperty("bench.command");
        String command = script == null ? "`" + javaCommand + "`" : "`" + script + "`, which runs `" + javaCommand + "`";
        return BEGIN + "\n"
                + "## Throwaway PostgreSQL: start → first query → stop\n\n"
                + "Measured " + LocalDate.now() + " on " + nproc() + " cores (`nproc`), " + cpuModel() + ", Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ").\n"
                + "Command: " + command + ".\n\n"
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

    /** Replaces the marked section of the file (or appends it), leaving the rest untouched. */
    static void replaceSection(Path file, String section) throws IOException {
        String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int b = old.indexOf(BEGIN);
        int e = old.indexOf(END, Math.max(b, 0));
        String text;
        if (b >= 0 && e >= 0) {
            text = old.substring(0, b) + section + old.substring(e + END.length());
        } else {
            String gap = old.isEmpty() || old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n";
            text = old + gap + section + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String nproc() {
        try {
            Process p = new ProcessBuilder("nproc").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0 && out.matches("\\d+")) {
                return out;
            }
        } catch (IOException | InterruptedException e) {
            // fall back to what the JVM sees
        }
        return Integer.toString(Runtime.getRuntime().availableProcessors());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return "unknown CPU";
    }
}
