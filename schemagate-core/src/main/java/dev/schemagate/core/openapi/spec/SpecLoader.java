package dev.schemagate.core.openapi.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one reader of an OpenAPI folder, for api-compat, client, docs and attach. Every .yaml, .yml and
 * .json file in the folder and below is parsed once ({@link SpecParser}). A spec is a file whose root
 * has an {@code openapi} (or {@code swagger}) key and that no other spec reaches through its
 * {@code $ref}s; every other file is a part (a components-only document that a spec {@code $ref}s is
 * a part too). When every such document is reached by another (they only refer to each other), all
 * of them are specs. Each spec's {@code $ref}s are checked and bundled ({@link SpecBundler}).
 * {@link #load} also checks its structure, converts its schemas to JSON Schema 2020-12 (3.0) and
 * validates them against the 2020-12 metaschema with networknt; {@link #read} stops after bundling.
 */
public final class SpecLoader {
    private static final Schema METASCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    /**
     * @param specs    every spec, valid or not, sorted by name
     * @param problems files that did not parse and so cannot be told apart (spec or part)
     * @param files    how many .yaml, .yml and .json files the folder holds
     */
    public record Loaded(List<ApiSpec> specs, List<SpecProblem> problems, int files) {
        /** The files that did not parse, then each spec's problems. */
        public List<SpecProblem> allProblems() {
            List<SpecProblem> all = new ArrayList<>(problems);
            specs.forEach(s -> all.addAll(s.problems()));
            return List.copyOf(all);
        }

        /**
         * This, when nothing is wrong; else a {@link ConfigurationException} that lists every problem,
         * one a line, each file named under {@code shownDir} (the spec folder relative to the module).
         */
        public Loaded orFail(String shownDir) {
            List<SpecProblem> all = allProblems();
            if (all.isEmpty()) {
                return this;
            }
            String prefix = shownDir == null || shownDir.isEmpty() ? "" : shownDir + "/";
            throw new ConfigurationException(String.join("\n", all.stream().map(p -> prefix + p.message()).toList()));
        }
    }

    private SpecLoader() {
    }

    /** Every .yaml, .yml and .json file under {@code dir}, sorted; empty when the folder does not exist. */
    public static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches(".*\\.(ya?ml|json)$"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new SchemaGateException("Cannot list the specs in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The specs of the folder, bundled and validated (schema:api-compat); remote refs are problems. */
    public static Loaded load(Path specDir) {
        Loaded read = read(specDir, false);
        return new Loaded(read.specs().stream().map(SpecLoader::validated).toList(), read.problems(), read.files());
    }

    /**
     * The specs of the folder, bundled (every {@code $ref} checked) but not validated, for the client
     * and the docs; a remote {@code $ref} is left as it is.
     */
    public static Loaded read(Path specDir) {
        return read(specDir, true);
    }

    /**
     * One spec file and the files it reaches, bundled but not validated; a file it reaches that does
     * not parse is a problem. File names are relative to {@code specDir}.
     */
    public static Loaded readSpec(Path specDir, Path spec) {
        Path dir = specDir.toAbsolutePath().normalize();
        Path file = spec.toAbsolutePath().normalize();
        String name = dir.relativize(file).toString().replace('\\', '/');
        Map<String, Object> parsed = new HashMap<>();
        List<SpecProblem> problems = new ArrayList<>();
        Function<String, Object> lookup = n -> {
            if (!parsed.containsKey(n)) {
                Object found = lookup(dir, Map.of(), n);
                parsed.put(n, found);
                if (found instanceof SpecProblem p) {
                    problems.add(p);
                }
            }
            return parsed.get(n);
        };
        if (!(lookup.apply(name) instanceof SpecFile root)) {
            return new Loaded(List.of(), List.copyOf(problems), 1);
        }
        ApiSpec bundled = bundled(dir, root, lookup, true);
        return new Loaded(List.of(bundled), List.copyOf(problems), 1);
    }

    private static Loaded read(Path specDir, boolean remoteRefsAllowed) {
        Path dir = specDir.toAbsolutePath().normalize();
        Map<String, Object> parsed = new HashMap<>();
        List<SpecProblem> problems = new ArrayList<>();
        List<SpecFile> documents = new ArrayList<>();
        List<Path> files = list(dir);
        for (Path file : files) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            try {
                SpecFile f = SpecParser.parse(name, file);
                parsed.put(name, f);
                if (isDocument(f.tree())) {
                    documents.add(f);
                }
            } catch (SpecParser.Unparsable e) {
                parsed.put(name, e.problem);
                problems.add(e.problem);
            }
        }
        List<ApiSpec> bundled = documents.stream()
                .map(f -> bundled(dir, f, name -> lookup(dir, parsed, name), remoteRefsAllowed)).toList();
        return new Loaded(roots(bundled), List.copyOf(problems), files.size());
    }

    /** Whether the root is an OpenAPI (or Swagger 2) document rather than a fragment. */
    static boolean isDocument(JsonNode tree) {
        return tree.isObject() && (tree.has("openapi") || tree.has("swagger"));
    }

    /** The documents no other document reaches; all of them when each is reached by another. */
    private static List<ApiSpec> roots(List<ApiSpec> documents) {
        Set<String> reached = new HashSet<>();
        documents.forEach(d -> d.files().keySet().stream().filter(n -> !n.equals(d.name())).forEach(reached::add));
        List<ApiSpec> roots = documents.stream().filter(d -> !reached.contains(d.name())).toList();
        return roots.isEmpty() ? documents : roots;
    }

    private static Object lookup(Path dir, Map<String, Object> parsed, String name) {
        if (parsed.containsKey(name)) {
            return parsed.get(name);
        }
        Path file = dir.resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return SpecParser.parse(name, file); // a part outside the spec folder
        } catch (SpecParser.Unparsable e) {
            return e.problem;
        }
    }

    private static ApiSpec bundled(Path dir, SpecFile file, Function<String, Object> parsed, boolean remoteRefsAllowed) {
        SpecBundler.Result bundled = new SpecBundler(dir, parsed, remoteRefsAllowed).bundle(file);
        String version = file.tree().path("openapi").isString() ? file.tree().get("openapi").asString() : null;
        return new ApiSpec(file.name(), version, bundled.bundle(), bundled.files(), bundled.problems());
    }

    private static ApiSpec validated(ApiSpec spec) {
        List<SpecProblem> problems = new ArrayList<>(spec.problems());
        if (problems.isEmpty()) {
            problems.addAll(SpecStructure.check(spec));
        }
        if (problems.isEmpty()) {
            problems.addAll(schemas(spec));
        }
        return new ApiSpec(spec.name(), spec.version(), spec.bundle(), spec.files(), List.copyOf(problems));
    }

    /** Converts (3.0) and validates every Schema Object. */
    private static List<SpecProblem> schemas(ApiSpec spec) {
        List<SpecProblem> problems = new ArrayList<>();
        for (String root : SpecSchemas.roots(spec.bundle())) {
            JsonNode schema = spec.bundle().at(root);
            if (spec.isOpenApi30()) {
                SchemaConversion.convert30(schema, root, (pointer, what) -> problems.add(problem(spec, pointer, what)));
            }
            Map<String, List<String>> byPointer = new java.util.TreeMap<>();
            for (Error e : METASCHEMA.validate(schema)) {
                byPointer.computeIfAbsent(root + pointer(e.getInstanceLocation()), k -> new ArrayList<>()).add(e.getMessage());
            }
            byPointer.forEach((at, messages) -> problems.add(problem(spec, at, "the schema is not valid JSON Schema: "
                    + String.join(" or ", messages.stream().distinct().toList()))));
        }
        return problems;
    }

    private static SpecProblem problem(ApiSpec spec, String bundlePointer, String what) {
        ApiSpec.Where where = spec.where(bundlePointer);
        return new SpecProblem(where.file(), where.line(), null, where.pointer(), where.file()
                + (where.line() == null ? "" : ":" + where.line()) + " at " + Pointers.display(where.pointer())
                + ": " + what + ". Fix the schema (OpenAPI " + spec.version() + ")");
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(Pointers.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }
}
