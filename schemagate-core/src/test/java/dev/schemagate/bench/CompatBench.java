package dev.schemagate.bench;

import dev.schemagate.core.compat.CompareOptions;
import dev.schemagate.core.compat.CompatFinding;
import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.compat.CompatPolicy;
import dev.schemagate.core.compat.SchemaComparator;
import dev.schemagate.core.compat.WitnessChecker;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static dev.schemagate.bench.BenchReport.median;
import static dev.schemagate.bench.BenchReport.ms;

/**
 * {@link SchemaComparator#compare} on generated pairs of realistic JSON Schemas (draft 2020-12; nested
 * objects, {@code $ref}s into {@code $defs}, enums; 10–200 properties), in BACKWARD mode, without and
 * with the networknt witness check that schema:compat uses. Run it through bench/compat.sh; results
 * go to docs/benchmarks.md.
 *
 * <p>Arguments: --pairs N (1000), --runs N (5), --seed S, --write FILE (replace the section between
 * the bench:compat markers in FILE).
 */
public final class CompatBench {
    static final String BEGIN = "<!-- bench:compat -->";
    static final String END = "<!-- /bench:compat -->";
    private static final long DEFAULT_SEED = 20261126L;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    record SchemaPair(String name, JsonNode before, JsonNode after, int properties, List<String> changes) {
    }

    /** One timed pass over every pair. */
    record Pass(long nanos, int findings, Map<Severity, Integer> bySeverity, Map<String, Integer> byRule,
                Map<String, Integer> refuted, int searched, int provenBySearch, long cpuNanos) {
    }

    /** How one pass compares: the options and the checker per pair. */
    record Variant(String name, CompareOptions options, BiFunction<SchemaPair, Integer, WitnessChecker> checkers) {
    }

    static final String UNCHECKED = "without witness check";
    static final String NO_SEARCH = "witness check, search off";
    static final String SEARCH = "witness check and search";

    /** One set of pairs and what its passes gave, per variant. */
    record SetResult(String name, List<SchemaPair> pairs, Stats stats, Map<String, long[]> times,
                     Map<String, long[]> cpu, Map<String, Pass> results) {
        long median(String variant) {
            return BenchReport.median(times.get(variant));
        }

        long cpuMedian(String variant) {
            return BenchReport.median(cpu.get(variant));
        }

        /** The search's share: what switching it on adds to the checked pass, and its part of the pass with it. */
        String searchShare() {
            long wall = median(SEARCH) - median(NO_SEARCH);
            long cpuAdded = cpuMedian(SEARCH) - cpuMedian(NO_SEARCH);
            return ms(wall) + " (" + percent(median(SEARCH), wall) + "); CPU " + ms(cpuAdded) + " ("
                    + percent(cpuMedian(SEARCH), cpuAdded) + ")";
        }
    }

    public static void main(String[] args) throws Exception {
        int pairs = 1000;
        int composed = 200;
        int runs = 5;
        long seed = DEFAULT_SEED;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pairs" -> pairs = Integer.parseInt(args[++i]);
                case "--composed" -> composed = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --pairs N --composed N --runs N --seed S --write FILE)");
            }
        }
        List<SchemaPair> generated = Generator.generate(pairs, seed);
        List<SchemaPair> composition = CompositionPairs.generate(composed, seed + 1);
        System.out.println("Generated " + pairs + " schema pairs (seed " + seed + "): " + Stats.of(generated).describe());
        System.out.println("Generated " + composed + " composition-heavy pairs (seed " + (seed + 1) + "): "
                + Stats.of(composition).changes());

        String loadBefore = BenchReport.loadAverage();
        long benchStart = System.nanoTime();
        List<Variant> variants = List.of(
                new Variant(UNCHECKED, options(true), (p, i) -> WitnessChecker.UNCHECKED),
                new Variant(NO_SEARCH, options(false), CompatBench::networkntChecker),
                new Variant(SEARCH, options(true), CompatBench::networkntChecker));
        List<SetResult> sets = List.of(run(pairs + " generated pairs", generated, variants, runs),
                run(composed + " composition-heavy pairs", composition, variants, runs));
        long benchNanos = System.nanoTime() - benchStart;
        String load = loadBefore + " before, " + BenchReport.loadAverage() + " after";
        System.out.printf(Locale.ROOT, "Bench took %.1f s; 1-minute load average %s%n", benchNanos / 1e9, load);
        for (SetResult set : sets) {
            System.out.println(set.name() + ", findings by rule (with search): " + set.results().get(SEARCH).byRule());
            System.out.println(set.name() + ", refuted witnesses: " + set.results().get(SEARCH).refuted());
        }

        String section = section(String.join(" ", args), runs, seed, sets, benchNanos, load);
        System.out.println();
        System.out.println(section);
        if (write != null) {
            BenchReport.replaceSection(write, BEGIN, END, section);
            System.out.println("Wrote " + write);
        }
    }

    private static CompareOptions options(boolean search) {
        return new CompareOptions(CompatMode.BACKWARD, CompatPolicy.LENIENT, Severity.WARNING, false, search);
    }

    private static SetResult run(String name, List<SchemaPair> all, List<Variant> variants, int runs) {
        Map<String, long[]> times = new java.util.LinkedHashMap<>();
        Map<String, long[]> cpu = new java.util.LinkedHashMap<>();
        Map<String, Pass> results = new java.util.LinkedHashMap<>();
        for (Variant v : variants) {
            System.out.println(name + ", " + v.name() + ": warm-up pass (not counted)");
            pass(all, v);
            times.put(v.name(), new long[runs]);
            cpu.put(v.name(), new long[runs]);
        }
        // the variants alternate, so that JIT warm-up and the machine's load spread over all of them
        for (int r = 0; r < runs; r++) {
            for (Variant v : variants) {
                Pass p = pass(all, v);
                times.get(v.name())[r] = p.nanos();
                cpu.get(v.name())[r] = p.cpuNanos();
                Pass last = results.put(v.name(), p);
                if (last != null && !last.bySeverity().equals(p.bySeverity())) {
                    throw new IllegalStateException(name + ", " + v.name() + ": verdicts differ between runs: "
                            + last.bySeverity() + " vs " + p.bySeverity());
                }
                System.out.printf(Locale.ROOT, "%s, %s: run %d/%d %s ms (%s ms per pair, CPU %s ms), %d findings %s%n",
                        name, v.name(), r + 1, runs, ms(p.nanos()), perPair(p.nanos(), all.size()), ms(p.cpuNanos()),
                        p.findings(), p.bySeverity());
            }
        }
        return new SetResult(name, all, Stats.of(all), times, cpu, results);
    }

    private static Pass pass(List<SchemaPair> all, Variant v) {
        int findings = 0;
        List<List<CompatFinding>> kept = new ArrayList<>(all.size());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < all.size(); i++) {
            SchemaPair p = all.get(i);
            List<CompatFinding> f = SchemaComparator.compare(p.before(), p.after(), v.options(), v.checkers().apply(p, i));
            findings += f.size();
            kept.add(f);
        }
        long nanos = System.nanoTime() - t0;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpu0;
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<String, Integer> byRule = new TreeMap<>();
        Map<String, Integer> refuted = new TreeMap<>();
        int[] search = new int[2];
        kept.forEach(list -> list.forEach(f -> {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byRule.merge(f.ruleId(), 1, Integer::sum);
            if (f.details().containsKey("searchTried")) {
                search[0]++;
            }
            if ("search".equals(f.details().get("witnessSource"))) {
                search[1]++;
            }
            if (f.details().containsKey("refutation")) {
                String why = String.valueOf(f.details().get("refutation")).replaceAll("[0-9]+", "N");
                refuted.merge(f.ruleId() + ": " + (why.length() > 90 ? why.substring(0, 90) + "…" : why), 1,
                        Integer::sum);
            }
        }));
        return new Pass(nanos, findings, bySeverity, byRule, refuted, search[0], search[1], cpuNanos);
    }

    /**
     * The checker schema:compat uses (CompatCheck: one networknt registry per schemas folder, the
     * witness validated against the old and the new file). Those classes are package-private in
     * dev.schemagate.core.compat, so they are reached by reflection; building the two one-file
     * registries is inside the timer, as it is in a real run (networknt compiles lazily).
     */
    private static WitnessChecker networkntChecker(SchemaPair p, int index) {
        try {
            return (WitnessChecker) Reflective.CHECKER.newInstance(
                    Reflective.VALIDATOR.newInstance(List.of(Reflective.DOC.newInstance(p.name(),
                            Path.of("/bench/old/" + p.name()), p.before()))),
                    Reflective.VALIDATOR.newInstance(List.of(Reflective.DOC.newInstance(p.name(),
                            Path.of("/bench/new/" + p.name()), p.after()))),
                    p.name());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build NetworkntWitnessChecker: " + e, e);
        }
    }

    private static final class Reflective {
        static final Constructor<?> DOC;
        static final Constructor<?> VALIDATOR;
        static final Constructor<?> CHECKER;

        static {
            try {
                Class<?> doc = Class.forName("dev.schemagate.core.compat.SchemaDoc");
                Class<?> validator = Class.forName("dev.schemagate.core.compat.SchemaValidator");
                Class<?> checker = Class.forName("dev.schemagate.core.compat.NetworkntWitnessChecker");
                DOC = doc.getDeclaredConstructor(String.class, Path.class, JsonNode.class);
                VALIDATOR = validator.getDeclaredConstructor(List.class);
                CHECKER = checker.getDeclaredConstructor(validator, validator, String.class);
                DOC.setAccessible(true);
                VALIDATOR.setAccessible(true);
                CHECKER.setAccessible(true);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private static String refuted(Map<String, Integer> refuted) {
        StringBuilder s = new StringBuilder();
        refuted.forEach((k, v) -> s.append(s.length() == 0 ? "" : "; ").append('`').append(k.replace("`", "'"))
                .append("` ").append(v));
        return s.toString();
    }

    private static String perPair(long nanos, int pairs) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6 / pairs);
    }

    private static String section(String javaArgs, int runs, long seed, List<SetResult> sets, long benchNanos,
                                  String load) {
        StringBuilder rows = new StringBuilder();
        for (SetResult set : sets) {
            for (var e : set.times().entrySet()) {
                long[] sorted = e.getValue().clone();
                java.util.Arrays.sort(sorted);
                Pass p = set.results().get(e.getKey());
                String share = e.getKey().equals(SEARCH) ? set.searchShare() : "–";
                rows.append("| ").append(set.name()).append(" | ").append(e.getKey()).append(" | ")
                        .append(ms(median(sorted))).append(" | ").append(perPair(median(sorted), set.pairs().size()))
                        .append(" | ").append(ms(sorted[0])).append("–").append(ms(sorted[sorted.length - 1]))
                        .append(" | ").append(ms(set.cpuMedian(e.getKey()))).append(" | ").append(share).append(" | ").append(p.findings()).append(" | ")
                        .append(p.bySeverity().getOrDefault(Severity.ERROR, 0)).append(" / ")
                        .append(p.bySeverity().getOrDefault(Severity.WARNING, 0)).append(" / ")
                        .append(p.bySeverity().getOrDefault(Severity.INFO, 0)).append(" | ")
                        .append(e.getKey().equals(UNCHECKED) ? "–" : p.searched() + " / " + p.provenBySearch())
                        .append(" |\n");
            }
        }
        SetResult generated = sets.get(0);
        SetResult composed = sets.get(1);
        StringBuilder notes = new StringBuilder();
        for (SetResult set : sets) {
            Pass checked = set.results().get(SEARCH);
            StringBuilder rules = new StringBuilder();
            checked.byRule().forEach((rule, n) -> rules.append(rules.length() == 0 ? "" : ", ").append('`').append(rule)
                    .append("` ").append(n));
            notes.append("Findings by rule, ").append(set.name()).append(" (witness check and search): ").append(rules)
                    .append(".");
            if (!checked.refuted().isEmpty()) {
                notes.append(" Refuted (rule: reason, count): ").append(refuted(checked.refuted())).append(".");
            }
            notes.append("\n\n");
        }
        long withSearch = generated.median(SEARCH);
        long without = generated.median(UNCHECKED);
        int pairs = generated.pairs().size();
        return BEGIN + "\n"
                + "## JSON Schema comparison (`schema:compat`)\n\n"
                + BenchReport.provenance(CompatBench.class, javaArgs) + "\n\n"
                + "The " + pairs + " generated pairs (seed " + seed + "), draft 2020-12: " + generated.stats().describe()
                + ". Each new schema differs from its old one by 1–6 of the changes counted there.\n\n"
                + "The " + composed.pairs().size() + " composition-heavy pairs (`CompositionPairs`, seed " + (seed + 1)
                + "), draft 2020-12: " + composed.stats().minProps() + "–" + composed.stats().maxProps()
                + " properties per schema (" + composed.stats().totalProps() + " in all), each an `anyOf` of typed"
                + " branches, a `oneOf` of objects told apart by a `const`, an `allOf` of a `$ref` and an extension,"
                + " an object with `if`/`then`/`else`, a string with `not`, a string with a `pattern`, or a `$ref` to"
                + " an `anyOf` in `$defs`; changes: " + changes(composed.stats()) + ". Each new schema differs from"
                + " its old one by 1–4 of them.\n\n"
                + "Timed: `SchemaComparator.compare(old, new, options, checker)` in BACKWARD mode, lenient policy, for"
                + " every pair in one JVM (the schemas are parsed before the timer; reading files, metaschema and"
                + " sample checks of `schema:compat` are not included). *Without witness check*:"
                + " `WitnessChecker.UNCHECKED` (nothing is proven, so nothing is searched). *Witness check*: the"
                + " checker `CompatCheck` uses (`NetworkntWitnessChecker` over one networknt registry per side,"
                + " built per pair inside the timer), which validates every witness the walk built under the old and"
                + " the new schema; *search off* is `CompareOptions.search = false`; *and search* also runs the"
                + " witness search (`WitnessSearch`) for every break the walk built no witness for, or whose"
                + " witness networknt refuted. *Search's share* is what switching the search on adds to the checked"
                + " pass (difference of the medians), and its part of the pass with it. *Searched / proven by"
                + " search* counts the findings for which the search ran and those whose witness it found. *CPU time*"
                + " is that of the benchmark's thread (`ThreadMXBean`), steadier than wall time on a shared machine."
                + " One"
                + " warm-up pass per variant is not counted, then " + runs + " timed passes of each, the variants"
                + " alternating; medians. Times in ms; the whole bench took "
                + String.format(Locale.ROOT, "%.0f", benchNanos / 1e9) + " s, with a 1-minute load average of "
                + load + ".\n\n"
                + "| Set | Variant | Median total | Per pair | Min–max | CPU time (median) | Search's share | Findings"
                + " | ERROR / WARNING / INFO | Searched / proven by search |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                + rows
                + "\n" + notes
                + "Goal ≤ 2000 ms for " + pairs + " pairs: " + (without <= 2_000_000_000L ? "met" : "not met")
                + " without the witness check (" + ms(without) + " ms), " + (withSearch <= 2_000_000_000L ? "met"
                : "not met") + " with the witness check and search (" + ms(withSearch) + " ms).\n"
                + END;
    }

    private static String percent(long whole, long part) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / whole);
    }

    private static String changes(Stats stats) {
        StringBuilder c = new StringBuilder();
        stats.changes().forEach((k, v) -> c.append(c.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        return c.toString();
    }

    /** What the generated pairs hold. */
    record Stats(int pairs, int minProps, int maxProps, long totalProps, Map<String, Integer> changes) {
        static Stats of(List<SchemaPair> all) {
            Map<String, Integer> changes = new TreeMap<>();
            all.forEach(p -> p.changes().forEach(c -> changes.merge(c, 1, Integer::sum)));
            return new Stats(all.size(), all.stream().mapToInt(SchemaPair::properties).min().orElse(0),
                    all.stream().mapToInt(SchemaPair::properties).max().orElse(0),
                    all.stream().mapToLong(SchemaPair::properties).sum(), changes);
        }

        String describe() {
            StringBuilder c = new StringBuilder();
            changes.forEach((k, v) -> c.append(c.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
            return minProps + "–" + maxProps + " top-level properties per schema (" + totalProps + " in all; 7 in 10 are"
                    + " leaves: strings with maxLength, some with a format, integers with bounds, enums, booleans,"
                    + " numbers with exclusiveMinimum and multipleOf; the rest nested objects up to 2 levels deep,"
                    + " `$ref`s to one of 3–6 `$defs` objects, and arrays of either; a quarter of the schemas and a"
                    + " third of the nested objects are closed with `additionalProperties: false`); changes: " + c;
        }
    }

    /** Old schemas and realistic edits of them, reproducible from the seed. */
    static final class Generator {
        private static final String[] WORDS = {"id", "name", "status", "email", "amount", "currency", "created",
                "updated", "customer", "address", "street", "city", "zip", "country", "phone", "note", "items", "sku",
                "quantity", "price", "discount", "tax", "total", "channel", "tier", "tags", "owner", "region",
                "reference", "version", "priority", "comment", "source", "label", "code", "rating", "expires"};
        private static final String[][] ENUMS = {{"new", "paid", "shipped", "cancelled"}, {"web", "store", "phone"},
                {"bronze", "silver", "gold", "platinum"}, {"low", "medium", "high"}, {"EUR", "USD", "GBP", "CHF"}};
        private static final String[] DEFS = {"address", "money", "contact", "period", "lineItem", "audit"};

        private final Random random;

        private Generator(long seed) {
            this.random = new Random(seed);
        }

        static List<SchemaPair> generate(int pairs, long seed) {
            Generator g = new Generator(seed);
            List<SchemaPair> all = new ArrayList<>(pairs);
            for (int i = 0; i < pairs; i++) {
                all.add(g.pair(i));
            }
            return all;
        }

        private SchemaPair pair(int index) {
            int n = 10 + random.nextInt(191);
            ObjectNode old = JSON.createObjectNode();
            old.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            old.put("$id", "https://example.com/schemas/payload-" + index + ".json");
            old.put("type", "object");
            ObjectNode defs = JSON.createObjectNode();
            int defCount = 3 + random.nextInt(4);
            for (int d = 0; d < defCount; d++) {
                defs.set(DEFS[d], object(2 + random.nextInt(5), 1));
            }
            ObjectNode props = JSON.createObjectNode();
            ArrayNode required = JSON.createArrayNode();
            for (int i = 0; i < n; i++) {
                String name = WORDS[i % WORDS.length] + (i < WORDS.length ? "" : "_" + i);
                int kind = random.nextInt(10);
                JsonNode p;
                if (kind < 7) {
                    p = leaf();
                } else if (kind == 7) {
                    p = object(2 + random.nextInt(6), 2);
                } else if (kind == 8) {
                    p = JSON.createObjectNode().put("$ref", "#/$defs/" + DEFS[random.nextInt(defCount)]);
                } else {
                    ObjectNode array = JSON.createObjectNode().put("type", "array").put("maxItems", 50);
                    array.set("items", random.nextBoolean() ? object(2 + random.nextInt(4), 2)
                            : JSON.createObjectNode().put("$ref", "#/$defs/" + DEFS[random.nextInt(defCount)]));
                    p = array;
                }
                props.set(name, p);
                if (random.nextInt(4) == 0) {
                    required.add(name);
                }
            }
            old.set("properties", props);
            old.set("required", required);
            if (random.nextInt(4) == 0) {
                old.put("additionalProperties", false);
            }
            old.set("$defs", defs);

            ObjectNode after = old.deepCopy();
            List<String> changes = new ArrayList<>();
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                changes.add(edit(after));
            }
            return new SchemaPair("payload-" + index + ".json", old, after, n, changes);
        }

        /** A string with maxLength (sometimes a format), an integer with bounds, an enum, a boolean or a number. */
        private ObjectNode leaf() {
            ObjectNode s = JSON.createObjectNode();
            switch (random.nextInt(5)) {
                case 0 -> {
                    // a formatted string gets room for its value (a date-time has 20 characters or more)
                    boolean formatted = random.nextInt(5) == 0;
                    s.put("type", "string").put("maxLength", (formatted ? 40 : 10) + 10 * random.nextInt(30));
                    if (formatted) {
                        s.put("format", random.nextBoolean() ? "email" : "date-time");
                    }
                }
                case 1 -> s.put("type", "integer").put("minimum", 0).put("maximum", 100 * (1 + random.nextInt(100)));
                case 2 -> {
                    ArrayNode values = s.putArray("enum");
                    for (String v : ENUMS[random.nextInt(ENUMS.length)]) {
                        values.add(v);
                    }
                }
                case 3 -> s.put("type", "boolean");
                default -> s.put("type", "number").put("exclusiveMinimum", 0).put("multipleOf", 0.01);
            }
            if (random.nextInt(3) == 0) {
                s.put("description", "Generated property for the compat benchmark");
            }
            return s;
        }

        private ObjectNode object(int properties, int depth) {
            ObjectNode o = JSON.createObjectNode().put("type", "object");
            ObjectNode props = o.putObject("properties");
            ArrayNode required = JSON.createArrayNode();
            for (int i = 0; i < properties; i++) {
                String name = WORDS[random.nextInt(WORDS.length)] + "_" + i;
                props.set(name, depth > 1 && random.nextInt(4) == 0 ? object(2 + random.nextInt(3), depth - 1) : leaf());
                if (random.nextInt(3) == 0) {
                    required.add(name);
                }
            }
            if (!required.isEmpty()) {
                o.set("required", required);
            }
            if (random.nextInt(3) == 0) {
                o.put("additionalProperties", false);
            }
            return o;
        }

        /** One realistic change; returns its name for the statistics. */
        private String edit(ObjectNode schema) {
            ObjectNode props = (ObjectNode) schema.get("properties");
            List<String> names = new ArrayList<>(props.propertyNames());
            String target = names.get(random.nextInt(names.size()));
            int r = random.nextInt(100);
            if (r < 30) {
                props.set("added_" + props.size() + "_" + random.nextInt(1000), leaf());
                return "optional properties added";
            } else if (r < 40) {
                ((ArrayNode) schema.get("required")).add(target);
                return "properties made required";
            } else if (r < 55) {
                ObjectNode e = findLeaf(schema, "enum");
                if (e == null) {
                    return edit(schema);
                }
                ArrayNode values = (ArrayNode) e.get("enum");
                if (random.nextBoolean() && values.size() > 2) {
                    values.remove(values.size() - 1);
                    return "enum values removed";
                }
                values.add("value_" + random.nextInt(100));
                return "enum values added";
            } else if (r < 70) {
                ObjectNode s = findLeaf(schema, "maxLength");
                if (s == null) {
                    return edit(schema);
                }
                int max = s.get("maxLength").asInt();
                s.put("maxLength", random.nextBoolean() ? max * 2 : Math.max(1, max / 2));
                return "maxLength changes";
            } else if (r < 85) {
                ObjectNode nested = findNested(props);
                if (nested == null) {
                    return edit(schema);
                }
                ObjectNode np = (ObjectNode) nested.get("properties");
                if (random.nextBoolean()) {
                    np.set("extra_" + np.size(), leaf());
                } else {
                    String first = np.propertyNames().iterator().next();
                    ArrayNode req = nested.has("required") ? (ArrayNode) nested.get("required") : nested.putArray("required");
                    req.add(first);
                }
                return "nested object changes";
            } else if (r < 95) {
                ObjectNode defs = (ObjectNode) schema.get("$defs");
                List<String> defNames = new ArrayList<>(defs.propertyNames());
                ObjectNode def = (ObjectNode) defs.get(defNames.get(random.nextInt(defNames.size())));
                ObjectNode dp = (ObjectNode) def.get("properties");
                if (random.nextBoolean()) {
                    dp.set("since_v2_" + dp.size(), leaf());
                } else {
                    String first = dp.propertyNames().iterator().next();
                    ArrayNode req = def.has("required") ? (ArrayNode) def.get("required") : def.putArray("required");
                    req.add(first);
                }
                return "$defs changes";
            } else {
                props.remove(target);
                return "properties removed";
            }
        }

        /** A random subschema (top-level or nested one level) that has {@code keyword}, or null. */
        private ObjectNode findLeaf(ObjectNode schema, String keyword) {
            List<ObjectNode> found = new ArrayList<>();
            collect(schema, keyword, found, 0);
            return found.isEmpty() ? null : found.get(random.nextInt(found.size()));
        }

        private static void collect(JsonNode node, String keyword, List<ObjectNode> found, int depth) {
            if (node == null || !node.isObject() || depth > 6) {
                return;
            }
            if (node.has(keyword)) {
                found.add((ObjectNode) node);
            }
            for (String container : new String[] {"properties", "$defs"}) {
                JsonNode c = node.get(container);
                if (c != null && c.isObject()) {
                    for (JsonNode child : c.values()) {
                        collect(child, keyword, found, depth + 1);
                    }
                }
            }
            collect(node.get("items"), keyword, found, depth + 1);
        }

        private ObjectNode findNested(ObjectNode props) {
            List<ObjectNode> nested = new ArrayList<>();
            for (JsonNode p : props.values()) {
                JsonNode o = p.has("items") ? p.get("items") : p;
                if (o.isObject() && o.has("properties")) {
                    nested.add((ObjectNode) o);
                }
            }
            return nested.isEmpty() ? null : nested.get(random.nextInt(nested.size()));
        }
    }

    private CompatBench() {
    }
}
