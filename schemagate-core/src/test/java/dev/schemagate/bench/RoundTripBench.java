package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.catalog.CatalogOptions;
import dev.schemagate.core.catalog.CatalogReader;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.data.DataFingerprints;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.FlywayLogBridge;
import dev.schemagate.core.migration.MigrationCheck;
import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.migration.MigrationRun;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.migration.RoundTripSettings;
import dev.schemagate.core.migration.SnapshotMode;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.schemagate.bench.BenchReport.median;
import static dev.schemagate.bench.BenchReport.ms;

/**
 * The full round trip ({@link MigrationCheck#run}) against plain {@code flyway migrate} of the same
 * generated migrations, for several sizes, each on a fresh embedded PostgreSQL. Run it through
 * bench/roundtrip.sh; results go to docs/benchmarks.md.
 *
 * <p>Arguments: --sizes 50,100,200, --runs N (3), --seed S, --write FILE (replace the section
 * between the bench:roundtrip markers in FILE), --keep (leave the generated projects in place).
 */
public final class RoundTripBench {
    static final String BEGIN = "<!-- bench:roundtrip -->";
    static final String END = "<!-- /bench:roundtrip -->";
    static final long DEFAULT_SEED = 20261125L;
    private static final int SNAPSHOT_READS = 15;

    /** One timed round trip: total, and the sum of the per-step Flyway times the run reports. */
    private record RoundTripRun(long nanos, long flywayStepMillis) {
    }

    /** One timed plain migrate, and what reading the result costs (measured after the timer). */
    private record FlywayRun(long nanos, long snapshotNanos, long fingerprintNanos, int objects) {
    }

    /** Prints only the run's "time by phase" debug line. */
    private static final Log PHASES = new Log() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
            System.out.println("warning: " + message);
        }

        @Override
        public void debug(String message) {
            if (message.startsWith("Round trip time by phase")) {
                System.out.println("  " + message);
            }
        }
    };

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(50, 100, 200);
        int runs = 3;
        long seed = DEFAULT_SEED;
        Path write = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::trim).map(Integer::valueOf)
                        .sorted().toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "--keep" -> keep = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --sizes 50,100,200 --runs N --seed S --write FILE --keep)");
            }
        }
        int largest = sizes.get(sizes.size() - 1);
        List<Migration> all = Generator.generate(largest, seed);
        Path work = Files.createTempDirectory("schemagate-roundtrip-bench-");
        Map<Integer, Path> projects = new LinkedHashMap<>();
        for (int n : sizes) {
            projects.put(n, write(work.resolve("n" + n), all.subList(0, n)));
        }
        String mix = mix(all);
        System.out.println("Generated " + largest + " migrations with undo scripts (seed " + seed + "): " + mix);
        System.out.println("Projects in " + work);

        String loadBefore = BenchReport.loadAverage();
        long benchStart = System.nanoTime();
        int smallest = sizes.get(0);
        System.out.println("warm-up at N=" + smallest + " (not counted)");
        roundTrip(work, projects.get(smallest), smallest, SnapshotMode.INCREMENTAL);
        roundTrip(work, projects.get(smallest), smallest, SnapshotMode.FULL);
        plainFlyway(work, projects.get(smallest), smallest, false);

        Map<Integer, long[]> rt = new LinkedHashMap<>();
        Map<Integer, long[]> fw = new LinkedHashMap<>();
        Map<Integer, long[]> full = new LinkedHashMap<>();
        Map<Integer, long[]> steps = new LinkedHashMap<>();
        Map<Integer, FlywayRun> probes = new LinkedHashMap<>();
        for (int n : sizes) {
            long[] rtNanos = new long[runs];
            long[] fwNanos = new long[runs];
            long[] fullNanos = new long[runs];
            long[] stepMillis = new long[runs];
            for (int r = 0; r < runs; r++) {
                RoundTripRun a = roundTrip(work, projects.get(n), n, SnapshotMode.INCREMENTAL);
                FlywayRun b = plainFlyway(work, projects.get(n), n, r == 0);
                fullNanos[r] = roundTrip(work, projects.get(n), n, SnapshotMode.FULL).nanos();
                rtNanos[r] = a.nanos();
                stepMillis[r] = a.flywayStepMillis();
                fwNanos[r] = b.nanos();
                if (r == 0) {
                    probes.put(n, b);
                }
                System.out.printf(Locale.ROOT, "N=%d run %d/%d: round trip %s ms (Flyway steps %d ms), plain Flyway %s ms,"
                        + " ratio %.2f; with snapshot=full %s ms%n", n, r + 1, runs, ms(a.nanos()), a.flywayStepMillis(),
                        ms(b.nanos()), (double) a.nanos() / b.nanos(), ms(fullNanos[r]));
            }
            rt.put(n, rtNanos);
            fw.put(n, fwNanos);
            full.put(n, fullNanos);
            steps.put(n, stepMillis);
            FlywayRun p = probes.get(n);
            System.out.printf(Locale.ROOT, "N=%d: median round trip %s ms, plain Flyway %s ms, ratio %.2f; at N=%d one"
                    + " catalog snapshot takes %s ms (%d objects), one data fingerprint of all tables %s ms%n", n,
                    ms(median(rtNanos)), ms(median(fwNanos)), (double) median(rtNanos) / median(fwNanos), n,
                    ms(p.snapshotNanos()), p.objects(), ms(p.fingerprintNanos()));
        }
        long benchNanos = System.nanoTime() - benchStart;
        String load = loadBefore + " before, " + BenchReport.loadAverage() + " after";
        System.out.printf(Locale.ROOT, "Bench took %.0f s; 1-minute load average %s%n", benchNanos / 1e9, load);

        if (keep) {
            System.out.println("Kept the generated projects in " + work);
        } else {
            deleteTree(work);
        }
        String section = section(String.join(" ", args), sizes, runs, seed, mix, rt, fw, full, steps, probes,
                benchNanos, load);
        System.out.println();
        System.out.println(section);
        if (write != null) {
            BenchReport.replaceSection(write, BEGIN, END, section);
            System.out.println("Wrote " + write);
        }
    }

    /** A fresh server; the timer covers only MigrationCheck.run. Fails loudly unless every migration is RESTORED. */
    private static RoundTripRun roundTrip(Path work, Path project, int n, SnapshotMode mode) {
        // the per-version round trip, as -Dschema.migrations.chain=false -Dschema.lint.skip=true run it
        MigrationSettings settings = MigrationSettings.defaults(project).withLocations(List.of("db/migration"))
                .withRoundTrip(RoundTripSettings.defaults().withChain(false).withSnapshot(mode));
        MigrationRun run;
        long nanos;
        try (Database db = Databases.start(DatabaseSettings.embedded(work), Log.silent())) {
            long t0 = System.nanoTime();
            run = MigrationCheck.run(db, settings, SeverityPolicy.defaults(), PHASES);
            nanos = System.nanoTime() - t0;
        }
        List<MigrationOutcome> notRestored = run.migrations().stream().filter(m -> m.roundTrip() == null
                || m.roundTrip().status() != MigrationOutcome.Status.RESTORED).toList();
        if (!run.findings().isEmpty() || !notRestored.isEmpty() || run.migrations().size() != n) {
            System.err.println("THE GENERATOR IS WRONG: the round trip of " + project + " (" + run.migrations().size()
                    + " of " + n + " migrations) reported " + run.findings().size() + " finding(s):");
            run.findings().forEach(f -> System.err.println("  " + f.ruleId() + " " + f.severity() + ": " + f.message()));
            notRestored.forEach(m -> System.err.println("  V" + m.version() + " " + m.description() + ": "
                    + (m.roundTrip() == null ? m.outcome() : m.roundTrip().status() + " " + m.roundTrip().differences())));
            throw new IllegalStateException("generated migrations do not round-trip cleanly (rerun with --keep to"
                    + " inspect them)");
        }
        long stepMillis = run.migrations().stream().mapToLong(m -> m.applyMillis() + m.undoMillis() + m.reapplyMillis())
                .sum();
        return new RoundTripRun(nanos, stepMillis);
    }

    /**
     * A fresh server; the timer covers configure, load and migrate. With {@code probe}, after the
     * timer: what one catalog snapshot and one data fingerprint of every table cost at this size.
     */
    private static FlywayRun plainFlyway(Path work, Path project, int n, boolean probe) throws Exception {
        Path dir = project.resolve("db/migration");
        try (Database db = Databases.start(DatabaseSettings.embedded(work), Log.silent())) {
            long t0 = System.nanoTime();
            MigrateResult result = Flyway.configure()
                    .dataSource(db.jdbcUrl(), db.user(), db.password().reveal())
                    .locations("filesystem:" + dir)
                    // the round trip's Flyway logs through this bridge too (here: to nowhere)
                    .loggers(FlywayLogBridge.class.getName())
                    .load()
                    .migrate();
            long nanos = System.nanoTime() - t0;
            if (!result.success || result.migrationsExecuted != n) {
                throw new IllegalStateException("plain Flyway applied " + result.migrationsExecuted + " of " + n
                        + " migrations in " + dir);
            }
            if (!probe) {
                return new FlywayRun(nanos, 0, 0, 0);
            }
            try (Connection c = db.connect()) {
                CatalogOptions options = CatalogOptions.defaults()
                        .withExcludedTables(Set.of("public.flyway_schema_history"));
                long[] snap = new long[SNAPSHOT_READS];
                long[] print = new long[SNAPSHOT_READS];
                CatalogSnapshot snapshot = null;
                for (int i = 0; i < SNAPSHOT_READS; i++) {
                    long s0 = System.nanoTime();
                    snapshot = CatalogReader.read(c, options);
                    snap[i] = System.nanoTime() - s0;
                    Map<String, List<String>> columns = new TreeMap<>();
                    for (String table : snapshot.tables()) {
                        columns.put(table, snapshot.columnsOf(table));
                    }
                    long f0 = System.nanoTime();
                    DataFingerprints.read(c, columns);
                    print[i] = System.nanoTime() - f0;
                }
                return new FlywayRun(nanos, median(snap), median(print), snapshot.objects().size());
            }
        }
    }

    private static String section(String javaArgs, List<Integer> sizes, int runs, long seed, String mix,
                                  Map<Integer, long[]> rt, Map<Integer, long[]> fw, Map<Integer, long[]> full,
                                  Map<Integer, long[]> steps,
                                  Map<Integer, FlywayRun> probes, long benchNanos, String load) {
        StringBuilder table = new StringBuilder();
        table.append("| N | Round trip | Plain Flyway | Ratio | Round trip per migration | Plain Flyway per migration"
                + " | Round trip min–max | Plain Flyway min–max | Round trip, snapshot=full | Ratio, full |\n");
        table.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            long a = median(rt.get(n));
            long b = median(fw.get(n));
            table.append("| ").append(n).append(" | ").append(ms(a)).append(" | ").append(ms(b)).append(" | ")
                    .append(ratio(a, b)).append(" | ").append(ms(a / n)).append(" | ").append(ms(b / n)).append(" | ")
                    .append(range(rt.get(n))).append(" | ").append(range(fw.get(n))).append(" | ")
                    .append(ms(median(full.get(n)))).append(" | ").append(ratio(median(full.get(n)), b)).append(" |\n");
        }
        StringBuilder curve = new StringBuilder();
        for (int i = 1; i < sizes.size(); i++) {
            int lo = sizes.get(i - 1);
            int hi = sizes.get(i);
            long rtStep = (median(rt.get(hi)) - median(rt.get(lo))) / (hi - lo);
            long fwStep = (median(fw.get(hi)) - median(fw.get(lo))) / (hi - lo);
            curve.append(i == 1 ? "" : "; ").append("migrations ").append(lo + 1).append("–").append(hi).append(": round trip ")
                    .append(ms(rtStep)).append(" ms each, plain Flyway ").append(ms(fwStep)).append(" ms each");
        }
        StringBuilder where = new StringBuilder();
        where.append("| N | Round trip | Flyway steps (apply + undo + apply again) | Everything else | Per migration:"
                + " Flyway steps / everything else | One catalog snapshot at N | One data fingerprint at N |\n");
        where.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int n : sizes) {
            long total = median(rt.get(n));
            long flywaySteps = median(steps.get(n)) * 1_000_000L;
            long rest = total - flywaySteps;
            FlywayRun p = probes.get(n);
            where.append("| ").append(n).append(" | ").append(ms(total)).append(" | ").append(ms(flywaySteps))
                    .append(" | ").append(ms(rest)).append(" | ").append(ms(flywaySteps / n)).append(" / ")
                    .append(ms(rest / n)).append(" | ").append(ms(p.snapshotNanos())).append(" (").append(p.objects())
                    .append(" objects) | ").append(ms(p.fingerprintNanos())).append(" |\n");
        }
        int first = sizes.get(0);
        int last = sizes.get(sizes.size() - 1);
        double perFirst = (double) median(rt.get(first)) / first;
        double perLast = (double) median(rt.get(last)) / last;
        List<String> over = sizes.stream().filter(n -> (double) median(rt.get(n)) / median(fw.get(n)) > 3)
                .map(String::valueOf).toList();
        String ratioGoal = over.isEmpty() ? "met at every N" : "not met at N = " + String.join(", ", over);
        String linearGoal = sizes.size() < 2 ? "needs two sizes or more" : String.format(Locale.ROOT,
                "the round trip's time per migration goes from %s ms at N=%d to %s ms at N=%d (×%.2f; linear growth"
                        + " would keep it flat)", ms((long) perFirst), first,
                ms((long) perLast), last, perLast / perFirst);
        String runsNote = runs == 1 ? "one timed run per N (to keep the bench short; the numbers are single runs, not"
                + " medians)" : runs + " timed runs per N, alternating round trip, plain Flyway and round trip with"
                + " snapshot=full; medians";
        return BEGIN + "\n"
                + "## Round trip vs plain `flyway migrate`\n\n"
                + BenchReport.provenance(RoundTripBench.class, javaArgs) + "\n\n"
                + "The migrations are generated (seed " + seed + "), each with an undo script that restores schema"
                + " and data exactly. They grow one schema; each one does one of: create a table (identity key, typed"
                + " columns with defaults, mostly a foreign key to an earlier table), add a column with a default,"
                + " create an index, create an enum type and a column of it, create a view, rename a column, add a"
                + " check constraint, insert a few rows. The N = "
                + sizes.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " sets are prefixes of one sequence; the " + last + " are: " + mix + ". There are no seed files.\n\n"
                + "Round trip: `MigrationCheck.run` as `-Dschema.migrations.chain=false -Dschema.lint.skip=true` runs it"
                + " (per migration apply, undo, compare catalog and data, apply again, generated rows for new tables;"
                + " Flyway's validate at the end), with the default `schema.migrations.snapshot=incremental`; the"
                + " last two columns are the same run with `snapshot=full`, in the same rounds. Plain Flyway: `Flyway.configure()"
                + ".dataSource(…).locations(\"filesystem:…\").load().migrate()` of the same folder (it skips the U"
                + " scripts). Every timed run gets a fresh embedded PostgreSQL, started before the timer and stopped"
                + " after it. One warm-up run of each at N=" + first + " is not counted, then " + runsNote + ". Every"
                + " round trip reported zero findings and RESTORED for every migration. Times in ms; the whole bench took "
                + Math.round(benchNanos / 1e9) + " s, with a 1-minute load average of " + load + " (the machine is"
                + " shared, so the min–max columns show how noisy it was).\n\n"
                + table + "\n"
                + (curve.isEmpty() ? "" : "Cost of the added migrations (difference of the medians): " + curve + ".\n\n")
                + "Where the round trip's time goes (medians). The Flyway steps are the sums of the per-step times the"
                + " run reports (whole ms, rounded down, so they are a little low; with incremental snapshots they"
                + " include collecting what each script touched); everything else is mostly catalog snapshots (three"
                + " per migration, partial reads), data fingerprints (two per migration, of the tables a step wrote or"
                + " altered), generated rows and history bookkeeping. The last two columns are one `CatalogReader.read` and one `DataFingerprints.read` of"
                + " every table, timed on the plain-Flyway database of that size (median of " + SNAPSHOT_READS
                + ").\n\n"
                + where + "\n"
                + "Goals: ratio ≤ 3: " + ratioGoal + ". Linear in N: " + linearGoal + ".\n"
                + END;
    }

    private static String ratio(long a, long b) {
        return String.format(Locale.ROOT, "%.2f", (double) a / b);
    }

    private static String range(long[] nanos) {
        long[] v = nanos.clone();
        Arrays.sort(v);
        return ms(v[0]) + "–" + ms(v[v.length - 1]);
    }

    private static String mix(List<Migration> migrations) {
        Map<Kind, Long> counts = new TreeMap<>();
        migrations.forEach(m -> counts.merge(m.kind(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label)
                .collect(Collectors.joining(", "));
    }

    /** Writes V&lt;k&gt;__desc.sql and U&lt;k&gt;__desc.sql into project/db/migration; returns the project. */
    /** The bench's first n generated migrations (seed 20261125) written into project/db/migration (tests use it). */
    public static Path writeGenerated(Path project, int n) throws IOException {
        return write(project, Generator.generate(n, DEFAULT_SEED));
    }

    static Path write(Path project, List<Migration> migrations) throws IOException {
        Path dir = Files.createDirectories(project.resolve("db/migration"));
        for (Migration m : migrations) {
            String name = m.version() + "__" + m.description() + ".sql";
            Files.writeString(dir.resolve("V" + name), m.up(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("U" + name), m.undo(), StandardCharsets.UTF_8);
        }
        return project;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    enum Kind {
        CREATE_TABLE("create a table"), ADD_COLUMN("add a column"), CREATE_INDEX("create an index"),
        CREATE_ENUM("create an enum and a column"), CREATE_VIEW("create a view"), RENAME_COLUMN("rename a column"),
        ADD_CHECK("add a check constraint"), BACKFILL("insert rows");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Migration(int version, Kind kind, String description, String up, String undo) {
    }

    /**
     * A deterministic, seeded stream of migrations over a model of the schema. Each undo only has
     * to reverse its own migration right after it ran (that is when the round trip runs it).
     */
    static final class Generator {
        private static final String[][] TABLES = {
                {"customers", "customer"}, {"products", "product"}, {"orders", "order"}, {"suppliers", "supplier"},
                {"categories", "category"}, {"invoices", "invoice"}, {"payments", "payment"},
                {"shipments", "shipment"}, {"warehouses", "warehouse"}, {"reviews", "review"},
                {"coupons", "coupon"}, {"carts", "cart"}, {"addresses", "address"}, {"employees", "employee"},
                {"departments", "department"}, {"projects", "project"}, {"tasks", "task"}, {"tickets", "ticket"},
                {"comments", "comment"}, {"tags", "tag"}, {"accounts", "account"},
                {"subscriptions", "subscription"}, {"plans", "plan"}, {"regions", "region"}, {"stores", "store"},
                {"vendors", "vendor"}, {"contracts", "contract"}, {"deliveries", "delivery"}, {"refunds", "refund"},
                {"batches", "batch"}, {"devices", "device"}, {"sessions", "session"}, {"messages", "message"},
                {"attachments", "attachment"}, {"teams", "team"}, {"licenses", "license"}, {"audits", "audit"},
                {"budgets", "budget"}, {"quotes", "quote"}, {"receipts", "receipt"},
        };
        /** name, declaration, kind (int, num, text, bool, time, json, uuid) */
        private static final String[][] CREATE_COLUMNS = {
                {"quantity", "integer NOT NULL DEFAULT 0", "int"},
                {"amount", "numeric(12,2) NOT NULL DEFAULT 0", "num"},
                {"is_active", "boolean NOT NULL DEFAULT true", "bool"},
                {"created_at", "timestamptz NOT NULL DEFAULT now()", "time"},
                {"notes", "text", "text"},
                {"code", "varchar(32)", "text"},
                {"rating", "smallint DEFAULT 3", "int"},
                {"metadata", "jsonb NOT NULL DEFAULT '{}'", "json"},
                {"external_id", "uuid", "uuid"},
        };
        private static final String[][] ADDED_COLUMNS = {
                {"discount", "numeric(5,2) NOT NULL DEFAULT 0", "num"},
                {"updated_at", "timestamptz", "time"},
                {"priority", "integer NOT NULL DEFAULT 0", "int"},
                {"is_archived", "boolean NOT NULL DEFAULT false", "bool"},
                {"description", "text NOT NULL DEFAULT ''", "text"},
                {"country_code", "char(2) NOT NULL DEFAULT 'NL'", "text"},
                {"row_version", "integer NOT NULL DEFAULT 1", "int"},
                {"email", "varchar(254)", "text"},
                {"tax_rate", "numeric(4,3) NOT NULL DEFAULT 0.21", "num"},
                {"source", "varchar(20) NOT NULL DEFAULT 'import'", "text"},
        };
        private static final Map<String, String> SYNONYMS = Map.ofEntries(
                Map.entry("name", "display_name"), Map.entry("quantity", "qty"), Map.entry("amount", "total_amount"),
                Map.entry("notes", "remarks"), Map.entry("code", "short_code"), Map.entry("rating", "score"),
                Map.entry("is_active", "enabled"), Map.entry("created_at", "inserted_at"),
                Map.entry("metadata", "attributes"), Map.entry("external_id", "external_ref"),
                Map.entry("discount", "discount_pct"), Map.entry("priority", "rank"),
                Map.entry("description", "summary"), Map.entry("email", "contact_email"),
                Map.entry("source", "origin"));
        /** concept, labels */
        private static final String[][] ENUMS = {
                {"status", "pending,active,closed"}, {"channel", "web,store,phone,partner"},
                {"tier", "bronze,silver,gold"}, {"urgency", "low,medium,high"}, {"visibility", "private,team,public"},
        };
        private static final Object[][] WEIGHTS = {
                {Kind.CREATE_TABLE, 18}, {Kind.ADD_COLUMN, 16}, {Kind.CREATE_INDEX, 14}, {Kind.CREATE_ENUM, 7},
                {Kind.CREATE_VIEW, 10}, {Kind.RENAME_COLUMN, 10}, {Kind.ADD_CHECK, 10}, {Kind.BACKFILL, 15},
        };

        private static final class Column {
            final String base;
            final String kind;
            String name;

            Column(String name, String kind) {
                this.base = name;
                this.name = name;
                this.kind = kind;
            }
        }

        private static final class Table {
            final String name;
            final String singular;
            final List<Column> columns = new ArrayList<>();
            Table parent;
            Column label;
            Column parentKey;

            Table(String name, String singular) {
                this.name = name;
                this.singular = singular;
            }

            boolean has(String column) {
                return columns.stream().anyMatch(c -> c.name.equals(column));
            }
        }

        private final Random random;
        private final List<Table> tables = new ArrayList<>();
        /** Relation, type and constraint names taken (indexes, views, sequences and types share a namespace). */
        private final Set<String> names = new HashSet<>();
        private int k;

        private Generator(long seed) {
            this.random = new Random(seed);
        }

        static List<Migration> generate(int n, long seed) {
            Generator g = new Generator(seed);
            List<Migration> migrations = new ArrayList<>();
            for (g.k = 1; g.k <= n; g.k++) {
                migrations.add(g.next());
            }
            return migrations;
        }

        private Migration next() {
            Kind kind = tables.size() < 2 ? Kind.CREATE_TABLE : pick();
            return switch (kind) {
                case CREATE_TABLE -> createTable();
                case ADD_COLUMN -> addColumn();
                case CREATE_INDEX -> createIndex();
                case CREATE_ENUM -> createEnum();
                case CREATE_VIEW -> createView();
                case RENAME_COLUMN -> renameColumn();
                case ADD_CHECK -> addCheck();
                case BACKFILL -> backfill();
            };
        }

        private Kind pick() {
            int total = Arrays.stream(WEIGHTS).mapToInt(w -> (Integer) w[1]).sum();
            int r = random.nextInt(total);
            for (Object[] w : WEIGHTS) {
                r -= (Integer) w[1];
                if (r < 0) {
                    return (Kind) w[0];
                }
            }
            throw new AssertionError();
        }

        private Migration migration(Kind kind, String description, String up, String undo) {
            String header = "-- V" + k + ": " + description.replace('_', ' ') + "\n";
            String undoHeader = "-- U" + k + ": reverses V" + k + "\n";
            return new Migration(k, kind, description, header + up, undoHeader + undo);
        }

        private Migration createTable() {
            String[] pair = tables.size() < TABLES.length ? TABLES[tables.size()]
                    : TABLES[tables.size() % TABLES.length];
            String name = tables.size() < TABLES.length ? pair[0] : pair[0] + "_" + k;
            String singular = tables.size() < TABLES.length ? pair[1] : pair[1] + "_" + k;
            Table t = new Table(name, singular);
            List<String> lines = new ArrayList<>();
            lines.add("id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
            t.label = new Column("name", "label");
            t.columns.add(t.label);
            lines.add("name varchar(120) NOT NULL");
            String fkIndex = "";
            if (!tables.isEmpty() && random.nextInt(4) != 0) {
                Table parent = tables.get(random.nextInt(tables.size()));
                t.parent = parent;
                t.parentKey = new Column(parent.singular + "_id", "fk");
                t.columns.add(t.parentKey);
                lines.add(t.parentKey.name + " bigint REFERENCES " + parent.name + " (id)");
                names.add(name + "_" + t.parentKey.name + "_fkey");
                if (random.nextBoolean()) {
                    String index = unique(name + "_" + t.parentKey.name + "_idx");
                    fkIndex = "CREATE INDEX " + index + " ON " + name + " (" + t.parentKey.name + ");\n";
                }
            }
            List<String[]> pool = new ArrayList<>(Arrays.asList(CREATE_COLUMNS));
            int extra = 2 + random.nextInt(3);
            for (int i = 0; i < extra; i++) {
                String[] c = pool.remove(random.nextInt(pool.size()));
                t.columns.add(new Column(c[0], c[2]));
                lines.add(c[0] + " " + c[1]);
            }
            tables.add(t);
            names.add(name);
            names.add(name + "_pkey");
            names.add(name + "_id_seq");
            String up = "CREATE TABLE " + name + " (\n    " + String.join(",\n    ", lines) + "\n);\n" + fkIndex;
            return migration(Kind.CREATE_TABLE, "create_" + name, up, "DROP TABLE " + name + ";\n");
        }

        private Migration addColumn() {
            Table t = table();
            String[] c = ADDED_COLUMNS[random.nextInt(ADDED_COLUMNS.length)];
            String column = t.has(c[0]) ? c[0] + "_" + k : c[0];
            t.columns.add(new Column(column, c[2]));
            return migration(Kind.ADD_COLUMN, "add_" + t.name + "_" + column,
                    "ALTER TABLE " + t.name + " ADD COLUMN " + column + " " + c[1] + ";\n",
                    "ALTER TABLE " + t.name + " DROP COLUMN " + column + ";\n");
        }

        private Migration createIndex() {
            Table t = table();
            List<Column> candidates = t.columns.stream().filter(c -> !c.kind.equals("json")).toList();
            Column first = candidates.get(random.nextInt(candidates.size()));
            String columns = first.name;
            String suffix = first.name;
            if (candidates.size() > 1 && random.nextInt(3) == 0) {
                Column second = candidates.get(random.nextInt(candidates.size()));
                if (second != first) {
                    columns += ", " + second.name;
                    suffix += "_" + second.name;
                }
            }
            String index = unique(t.name + "_" + suffix + "_idx");
            return migration(Kind.CREATE_INDEX, "index_" + t.name + "_" + suffix,
                    "CREATE INDEX " + index + " ON " + t.name + " (" + columns + ");\n",
                    "DROP INDEX " + index + ";\n");
        }

        private Migration createEnum() {
            Table t = table();
            String[] e = ENUMS[random.nextInt(ENUMS.length)];
            String type = unique(t.singular + "_" + e[0]);
            String column = t.has(e[0]) ? e[0] + "_" + k : e[0];
            String labels = Arrays.stream(e[1].split(",")).map(l -> "'" + l + "'").collect(Collectors.joining(", "));
            String firstLabel = e[1].split(",")[0];
            t.columns.add(new Column(column, "enum"));
            return migration(Kind.CREATE_ENUM, "add_" + t.name + "_" + column,
                    "CREATE TYPE " + type + " AS ENUM (" + labels + ");\n"
                            + "ALTER TABLE " + t.name + " ADD COLUMN " + column + " " + type + " NOT NULL DEFAULT '"
                            + firstLabel + "';\n",
                    "ALTER TABLE " + t.name + " DROP COLUMN " + column + ";\nDROP TYPE " + type + ";\n");
        }

        private Migration createView() {
            Table t = table();
            String sql;
            String view;
            if (t.parent != null && random.nextBoolean()) {
                view = unique(t.name + "_with_" + t.parent.singular);
                sql = "CREATE VIEW " + view + " AS\n"
                        + "SELECT c.id, c." + t.label.name + ", p.id AS " + t.parent.singular + "_id, p."
                        + t.parent.label.name + " AS " + t.parent.singular + "_name\n"
                        + "FROM " + t.name + " c\n"
                        + "LEFT JOIN " + t.parent.name + " p ON p.id = c." + t.parentKey.name + ";\n";
            } else if (t.parentKey != null && random.nextBoolean()) {
                view = unique(t.name + "_per_" + t.parent.singular);
                sql = "CREATE VIEW " + view + " AS\n"
                        + "SELECT " + t.parentKey.name + ", count(*) AS " + t.name + "\n"
                        + "FROM " + t.name + "\n"
                        + "GROUP BY " + t.parentKey.name + ";\n";
            } else {
                view = unique(t.name + "_overview");
                List<String> cols = new ArrayList<>(List.of("id"));
                t.columns.stream().filter(c -> !c.kind.equals("json")).limit(4).forEach(c -> cols.add(c.name));
                Column flag = t.columns.stream().filter(c -> c.kind.equals("bool")).findFirst().orElse(null);
                sql = "CREATE VIEW " + view + " AS\n"
                        + "SELECT " + String.join(", ", cols) + "\n"
                        + "FROM " + t.name + (flag == null ? "" : "\nWHERE " + flag.name) + ";\n";
            }
            return migration(Kind.CREATE_VIEW, "create_view_" + view, sql, "DROP VIEW " + view + ";\n");
        }

        private Migration renameColumn() {
            Table t = table();
            List<Column> candidates = t.columns;
            Column c = candidates.get(random.nextInt(candidates.size()));
            String synonym = SYNONYMS.get(c.base);
            String target = synonym != null && !c.name.equals(synonym) && !t.has(synonym) ? synonym
                    : !c.name.equals(c.base) && !t.has(c.base) ? c.base : c.base + "_" + k;
            String old = c.name;
            c.name = target;
            return migration(Kind.RENAME_COLUMN, "rename_" + t.name + "_" + old,
                    "ALTER TABLE " + t.name + " RENAME COLUMN " + old + " TO " + target + ";\n",
                    "ALTER TABLE " + t.name + " RENAME COLUMN " + target + " TO " + old + ";\n");
        }

        private Migration addCheck() {
            Table t = table();
            List<Column> candidates = t.columns.stream()
                    .filter(c -> Set.of("int", "num", "label").contains(c.kind)
                            || c.kind.equals("text") && !c.base.equals("country_code"))
                    .toList();
            Column c = candidates.get(random.nextInt(candidates.size()));
            String condition = switch (c.kind) {
                case "int", "num" -> c.name + " >= 0";
                case "label" -> c.name + " <> ''";
                default -> "char_length(" + c.name + ") <= 2000";
            };
            String constraint = unique(t.name + "_" + c.name + "_check");
            return migration(Kind.ADD_CHECK, "check_" + t.name + "_" + c.name,
                    "ALTER TABLE " + t.name + " ADD CONSTRAINT " + constraint + " CHECK (" + condition + ");\n",
                    "ALTER TABLE " + t.name + " DROP CONSTRAINT " + constraint + ";\n");
        }

        private Migration backfill() {
            Table t = table();
            int rows = 2 + random.nextInt(4);
            String marker = "Backfill V" + k + " #";
            String columns = t.label.name + (t.parentKey == null ? "" : ", " + t.parentKey.name);
            String values = "'" + marker + "' || g" + (t.parentKey == null ? ""
                    : ", (SELECT min(id) FROM " + t.parent.name + ")");
            return migration(Kind.BACKFILL, "backfill_" + t.name,
                    "INSERT INTO " + t.name + " (" + columns + ")\n"
                            + "SELECT " + values + "\nFROM generate_series(1, " + rows + ") AS g;\n",
                    "DELETE FROM " + t.name + " WHERE " + t.label.name + " LIKE '" + marker + "%';\n");
        }

        /** A random table, the newer ones a little more often (that is where a schema changes). */
        private Table table() {
            int n = tables.size();
            int i = Math.max(random.nextInt(n), random.nextInt(n));
            return tables.get(i);
        }

        private String unique(String name) {
            String candidate = names.contains(name) ? name + "_" + k : name;
            if (candidate.length() > 63) {
                candidate = candidate.substring(0, 50) + "_" + k;
            }
            if (!names.add(candidate)) {
                throw new IllegalStateException("name clash: " + candidate);
            }
            return candidate;
        }
    }

    private RoundTripBench() {
    }
}
