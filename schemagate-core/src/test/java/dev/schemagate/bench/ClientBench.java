package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.openapi.client.ClientResult;
import dev.schemagate.core.openapi.client.ClientSettings;
import dev.schemagate.core.openapi.client.GeneratorOptions;
import dev.schemagate.core.openapi.client.OpenApiClient;
import dev.schemagate.core.rules.SeverityPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static dev.schemagate.bench.BenchReport.median;
import static dev.schemagate.bench.BenchReport.ms;

/**
 * schema:client's core ({@link OpenApiClient}) on the sample project's spec and on a generated spec
 * of 225 operations: the first generation in a fresh JVM, full generations (cache miss), the cached
 * no-op, and the drift check of a client committed to git. Run it through bench/client.sh; results
 * go to docs/benchmarks.md.
 *
 * <p>Arguments: --sample DIR (the sample project), --runs N (5), --write FILE.
 */
public final class ClientBench {
    static final String BEGIN = "<!-- bench:client -->";
    static final String END = "<!-- /bench:client -->";
    private static final int RESOURCES = 45;

    record Row(String spec, int operations, int files, long firstNanos, long[] full, long[] noop, long[] drift) {
    }

    public static void main(String[] args) throws Exception {
        Path sample = Path.of("sample-project");
        int runs = 5;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sample" -> sample = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --sample DIR --runs N --write FILE)");
            }
        }
        String loadBefore = BenchReport.loadAverage();
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("schemagate-client-bench-");
        List<Row> rows = new ArrayList<>();
        try {
            Path small = work.resolve("sample");
            copy(sample.resolve("src/main/openapi"), small.resolve("src/main/openapi"));
            rows.add(measure("sample project (incubator-api.yaml)", small, small.resolve("src/main/openapi/incubator-api.yaml"), runs));
            Path large = work.resolve("large");
            writeLargeSpec(large.resolve("src/main/openapi"));
            rows.add(measure("generated, " + RESOURCES * 5 + " operations", large, large.resolve("src/main/openapi/large-api.yaml"), runs));
        } finally {
            FileTrees.delete(work);
        }
        long nanos = System.nanoTime() - start;
        String load = loadBefore + " before, " + BenchReport.loadAverage() + " after";
        String section = section(String.join(" ", args), runs, rows, nanos, load);
        System.out.println(section);
        if (write != null) {
            BenchReport.replaceSection(write, BEGIN, END, section);
            System.out.println("Wrote " + write);
        }
    }

    private static Row measure(String name, Path module, Path spec, int runs) throws Exception {
        ClientSettings settings = new ClientSettings(module, spec, Path.of("client"), Path.of("target/state"),
                GeneratorOptions.defaults());
        long t0 = System.nanoTime();
        ClientResult first = OpenApiClient.generate(settings, Log.silent());
        long firstNanos = System.nanoTime() - t0;
        long[] full = new long[runs];
        long[] noop = new long[runs];
        long[] drift = new long[runs];
        for (int r = 0; r < runs; r++) {
            FileTrees.delete(module.resolve("target/state"));
            full[r] = time(() -> check(!OpenApiClient.generate(settings, Log.silent()).upToDate()));
            noop[r] = time(() -> check(OpenApiClient.generate(settings, Log.silent()).upToDate()));
        }
        git(module, "init", "-q");
        git(module, "add", "client");
        for (int r = 0; r < runs; r++) {
            drift[r] = time(() -> check(OpenApiClient.checkDrift(settings, SeverityPolicy.defaults(), Log.silent()).isEmpty()));
        }
        int operations = (int) Files.readString(spec).lines().filter(l -> l.strip().startsWith("operationId:")).count();
        System.out.printf(Locale.ROOT, "%s: first %s ms, full %s, no-op %s, drift %s ms (%d files)%n", name, ms(firstNanos),
                ms(median(full)), ms(median(noop)), ms(median(drift)), first.touched());
        return new Row(name, operations, first.touched(), firstNanos, full, noop, drift);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static long time(Step step) throws Exception {
        long t0 = System.nanoTime();
        step.run();
        return System.nanoTime() - t0;
    }

    private static void check(boolean expected) {
        if (!expected) {
            throw new IllegalStateException("unexpected result (cache hit/miss or drift)");
        }
    }

    /** RESOURCES resources, each with list, create, get, replace and delete, and schemas in a second file. */
    static void writeLargeSpec(Path dir) throws IOException {
        StringBuilder api = new StringBuilder("openapi: 3.0.3\ninfo:\n  title: Large API\n  version: 1.0.0\npaths:\n");
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < RESOURCES; i++) {
            String r = "resource" + i;
            String model = "Resource" + i;
            String ref = "'parts/schemas.yaml#/" + model + "'";
            api.append("  /").append(r).append(":\n")
                    .append(op("get", "list" + model, r, null, "200", "type: array\n                items:\n                  $ref: " + ref))
                    .append(op("post", "create" + model, r, ref, "201", "$ref: " + ref))
                    .append("  /").append(r).append("/{id}:\n")
                    .append("    parameters:\n      - name: id\n        in: path\n        required: true\n        schema:\n          type: integer\n          format: int64\n")
                    .append(op("get", "get" + model, r, null, "200", "$ref: " + ref))
                    .append(op("put", "replace" + model, r, ref, "200", "$ref: " + ref))
                    .append(op("delete", "delete" + model, r, null, "200", "$ref: " + ref));
            parts.append(model).append(":\n  type: object\n  required: [id, name]\n  properties:\n")
                    .append("    id:\n      type: integer\n      format: int64\n")
                    .append("    name:\n      type: string\n      maxLength: 200\n")
                    .append("    note:\n      type: string\n      nullable: true\n")
                    .append("    count:\n      type: integer\n      minimum: 0\n")
                    .append("    ratio:\n      type: number\n      format: double\n")
                    .append("    active:\n      type: boolean\n")
                    .append("    state:\n      type: string\n      enum: [new, used, gone]\n")
                    .append("    createdAt:\n      type: string\n      format: date-time\n")
                    .append("    labels:\n      type: array\n      items:\n        type: string\n");
        }
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("large-api.yaml"), api);
        Files.writeString(dir.resolve("parts/schemas.yaml"), parts);
    }

    private static String op(String method, String id, String tag, String body, String status, String schema) {
        StringBuilder s = new StringBuilder("    ").append(method).append(":\n      tags: [").append(tag)
                .append("]\n      operationId: ").append(id).append('\n');
        if (body != null) {
            s.append("      requestBody:\n        required: true\n        content:\n          application/json:\n")
                    .append("            schema:\n              $ref: ").append(body).append('\n');
        }
        return s.append("      responses:\n        '").append(status).append("':\n          description: ok\n")
                .append("          content:\n            application/json:\n              schema:\n                ")
                .append(schema).append('\n').toString();
    }

    private static String section(String args, int runs, List<Row> rows, long nanos, String load) {
        StringBuilder s = new StringBuilder(BEGIN).append("\n## OpenAPI client: schema:client and its drift check\n\n")
                .append(BenchReport.provenance(ClientBench.class, args)).append("\n\n")
                .append("`OpenApiClient.generate` (the core of schema:client: java generator, native library, into a temporary ")
                .append("folder, then synced into the output) and `OpenApiClient.checkDrift` (the part of schema:verify: ")
                .append("regenerate into a temporary folder, compare with the committed client) in one JVM. *First* is the ")
                .append("first generation in the fresh JVM (openapi-generator's class loading and template setup included), ")
                .append("as in every `mvn` run that generates. *Full* is a generation with the cache state removed (warm ")
                .append("JVM); *no-op* is the cached run (the state names the spec files; they are hashed, nothing is parsed); ")
                .append("*drift* regenerates and compares a client that git tracks. ").append(runs)
                .append(" runs each; medians in ms. Maven's own start (about 1-2 s per `mvn` call) is not included. ")
                .append(String.format(Locale.ROOT, "The bench took %.0f s; 1-minute load average %s.", nanos / 1e9, load))
                .append("\n\n| Spec | Operations | Client files | First | Full (median) | Full min–max | No-op (median) | No-op max | Drift check (median) | Drift min–max |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            s.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %s–%s | %s | %s | %s | %s–%s |%n", r.spec(),
                    r.operations(), r.files(), ms(r.firstNanos()), ms(median(r.full())), ms(min(r.full())),
                    ms(max(r.full())), ms(median(r.noop())), ms(max(r.noop())), ms(median(r.drift())),
                    ms(min(r.drift())), ms(max(r.drift()))));
        }
        return s.append(END).toString();
    }

    private static long min(long[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static long max(long[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=bench", "-c", "user.email=bench@example.org"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
