package dev.schemagate.bench;

import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.openapi.compat.ApiCompatCheck;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.openapi.spec.SpecLoader;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import static dev.schemagate.bench.BenchReport.median;
import static dev.schemagate.bench.BenchReport.ms;

/**
 * schema:api-compat's core on a generated pair of OpenAPI 3.0 specs with 200+ operations (the new one
 * with a few breaking and compatible changes): loading both specs (parse, $ref check, structure,
 * schema conversion and metaschema validation) and the whole check with the comparison. Run it
 * through bench/api-compat.sh; results go to docs/benchmarks.md.
 *
 * <p>Arguments: --operations N (200), --runs N (5), --write FILE.
 */
public final class ApiCompatBench {
    static final String BEGIN = "<!-- bench:api-compat -->";
    static final String END = "<!-- /bench:api-compat -->";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static void main(String[] args) throws Exception {
        int operations = 200;
        int runs = 5;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--operations" -> operations = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --operations N --runs N --write FILE)");
            }
        }
        Path work = Files.createTempDirectory("schemagate-api-bench-");
        try {
            Path module = work.resolve("module");
            Path release = work.resolve("release");
            YAMLMapper yaml = YAMLMapper.builder().build();
            Path oldSpec = Files.createDirectories(release.resolve("src/main/openapi")).resolve("api.yaml");
            Path newSpec = Files.createDirectories(module.resolve("src/main/openapi")).resolve("api.yaml");
            yaml.writeValue(oldSpec.toFile(), spec(operations, false));
            yaml.writeValue(newSpec.toFile(), spec(operations, true));
            long lines = Files.readAllLines(newSpec).size();
            ApiCompatSettings settings = ApiCompatSettings.defaults(module);
            BaselineFiles baseline = new BaselineFiles(release, "dir:release", null);
            String loadBefore = BenchReport.loadAverage();
            long[] load = new long[runs];
            long[] check = new long[runs];
            long[] checkCpu = new long[runs];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            List<Finding> findings = ApiCompatCheck.run(settings, Optional.of(baseline), SeverityPolicy.defaults(), Log.silent());
            SpecLoader.load(settings.specDir()); // warm-up, not counted
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                SpecLoader.load(settings.specDir());
                load[r] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                long cpu0 = threads.getCurrentThreadCpuTime();
                List<Finding> again = ApiCompatCheck.run(settings, Optional.of(baseline), SeverityPolicy.defaults(), Log.silent());
                check[r] = System.nanoTime() - t0;
                checkCpu[r] = threads.getCurrentThreadCpuTime() - cpu0;
                if (!again.equals(findings)) {
                    throw new IllegalStateException("findings differ between runs");
                }
                System.out.printf(Locale.ROOT, "run %d/%d: load %s ms, check %s ms (CPU %s ms)%n", r + 1, runs, ms(load[r]),
                        ms(check[r]), ms(checkCpu[r]));
            }
            Map<String, Integer> byRule = new TreeMap<>();
            findings.forEach(f -> byRule.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum));
            String section = BEGIN + "\n## OpenAPI breaking changes (`schema:api-compat`)\n\n"
                    + BenchReport.provenance(ApiCompatBench.class, String.join(" ", args)) + "\n\n"
                    + "The spec pair is generated: OpenAPI 3.0.3, " + operations + " operations on " + operations / 2
                    + " paths (GET with 3 query parameters and POST with a request body, each with 200 and 400 responses),"
                    + " " + operations / 4 + " component schemas with 8 properties each (strings with maxLength, nullable"
                    + " strings, integers with bounds, enums, arrays of a `$ref`), YAML, " + lines + " lines. The new spec"
                    + " removes 2 operations, makes 5 parameters required, makes 5 request schemas require one more"
                    + " property, adds an enum value to 5 schemas and adds 5 operations.\n\n"
                    + "Timed in one JVM after one warm-up run, " + runs + " runs, medians, in ms: *load* is `SpecLoader.load`"
                    + " of the new spec folder (parse, `$ref` check, structure, 3.0 → 2020-12 conversion, metaschema"
                    + " validation of every schema); *check* is `ApiCompatCheck.run`: loading both specs and comparing them"
                    + " (every schema through the JSON Schema engine, witnesses proven with networknt). 1-minute load"
                    + " average " + loadBefore + " before, " + BenchReport.loadAverage() + " after.\n\n"
                    + "| Step | Median | Min–max |\n|---|---:|---:|\n"
                    + "| load one spec | " + ms(median(load)) + " | " + range(load) + " |\n"
                    + "| whole check (both specs) | " + ms(median(check)) + " | " + range(check) + " |\n"
                    + "| whole check, CPU time of the thread | " + ms(median(checkCpu)) + " | " + range(checkCpu) + " |\n\n"
                    + "The machine was shared with other builds (see the load average), so wall times vary; the CPU time"
                    + " of the checking thread is the steadier figure.\n\n"
                    + "Findings: " + findings.size() + " (" + String.join(", ", byRule.entrySet().stream()
                    .map(e -> "`" + e.getKey().replace(" ", "` ") + " " + e.getValue()).toList()) + ").\n" + END;
            System.out.println(section);
            if (write != null) {
                BenchReport.replaceSection(write, BEGIN, END, section);
                System.out.println("Wrote " + write);
            }
        } finally {
            FileTrees.delete(work);
        }
    }

    private static String range(long[] values) {
        long min = java.util.Arrays.stream(values).min().orElse(0);
        long max = java.util.Arrays.stream(values).max().orElse(0);
        return ms(min) + "–" + ms(max);
    }

    /** The spec; {@code changed} applies the changes the section lists. */
    static ObjectNode spec(int operations, boolean changed) {
        Random random = new Random(20261126L);
        ObjectNode root = NODES.objectNode();
        root.put("openapi", "3.0.3");
        root.putObject("info").put("title", "Bench API").put("version", changed ? "2.0.0" : "1.0.0");
        ObjectNode paths = root.putObject("paths");
        ObjectNode schemas = root.putObject("components").putObject("schemas");
        int models = Math.max(1, operations / 4);
        for (int m = 0; m < models; m++) {
            schemas.set("Model" + m, model(m, random, changed && m % 10 == 3, changed && m % 10 == 7));
        }
        int resources = operations / 2 + (changed ? 5 : 0);
        for (int p = 0; p < resources; p++) {
            ObjectNode item = paths.putObject("/resources" + p + "/{id}");
            item.putArray("parameters").addObject().put("name", "id").put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
            String model = "#/components/schemas/Model" + (p % models);
            if (!(changed && p < 2)) {
                ObjectNode get = item.putObject("get").put("operationId", "get" + p);
                ArrayNode params = get.putArray("parameters");
                for (int q = 0; q < 3; q++) {
                    params.addObject().put("name", "q" + q).put("in", "query")
                            .put("required", changed && q == 0 && p % 20 == 5)
                            .putObject("schema").put("type", "integer").put("minimum", 0).put("maximum", 1000);
                }
                responses(get, model);
            }
            ObjectNode post = item.putObject("post").put("operationId", "post" + p);
            post.putObject("requestBody").put("required", true).putObject("content").putObject("application/json")
                    .putObject("schema").put("$ref", model);
            responses(post, model);
        }
        return root;
    }

    private static void responses(ObjectNode operation, String model) {
        ObjectNode responses = operation.putObject("responses");
        responses.putObject("200").put("description", "ok").putObject("content").putObject("application/json")
                .putObject("schema").put("$ref", model);
        responses.putObject("400").put("description", "bad request");
    }

    private static ObjectNode model(int m, Random random, boolean moreRequired, boolean enumValueAdded) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ArrayNode required = schema.putArray("required").add("p0");
        if (moreRequired) {
            required.add("p1");
        }
        ObjectNode props = schema.putObject("properties");
        for (int i = 0; i < 8; i++) {
            ObjectNode p = props.putObject("p" + i);
            switch (i % 5) {
                case 0 -> p.put("type", "string").put("maxLength", 20 + random.nextInt(200));
                case 1 -> p.put("type", "string").put("nullable", true);
                case 2 -> p.put("type", "integer").put("minimum", 0).put("maximum", 100 + random.nextInt(1000));
                case 3 -> {
                    ArrayNode values = p.put("type", "string").putArray("enum").add("a").add("b");
                    if (enumValueAdded) {
                        values.add("c");
                    }
                }
                default -> p.put("type", "array").putObject("items").put("$ref", "#/components/schemas/Model" + ((m + 1) % 50));
            }
        }
        return schema;
    }
}
