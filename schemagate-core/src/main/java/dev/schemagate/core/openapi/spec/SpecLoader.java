package dev.schemagate.core.openapi.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.schemagate.core.SchemaGateException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the OpenAPI specs of a folder: every .yaml, .yml and .json file whose root has an
 * {@code openapi} (or {@code swagger}) key is a spec; other files are parts the specs refer to. Each
 * spec is parsed, its {@code $ref}s checked and bundled, its structure checked, its schemas converted
 * to JSON Schema 2020-12 (3.0) and validated against the 2020-12 metaschema with networknt.
 */
public final class SpecLoader {
    private static final Schema METASCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    /**
     * @param specs    every spec, valid or not, sorted by name
     * @param problems files that did not parse and so cannot be told apart (spec or part)
     */
    public record Loaded(List<ApiSpec> specs, List<SpecProblem> problems) {
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

    public static Loaded load(Path specDir) {
        Path dir = specDir.toAbsolutePath().normalize();
        Map<String, Object> parsed = new HashMap<>();
        List<SpecProblem> problems = new ArrayList<>();
        List<SpecFile> specs = new ArrayList<>();
        for (Path file : list(dir)) {
            String name = dir.relativize(file).toString().replace('\\', '/');
            try {
                SpecFile f = SpecParser.parse(name, file);
                parsed.put(name, f);
                if (f.tree().isObject() && (f.tree().has("openapi") || f.tree().has("swagger"))) {
                    specs.add(f);
                }
            } catch (SpecParser.Unparsable e) {
                parsed.put(name, e.problem);
                problems.add(e.problem);
            }
        }
        List<ApiSpec> loaded = specs.stream().map(f -> load(dir, f, name -> lookup(dir, parsed, name))).toList();
        return new Loaded(loaded, List.copyOf(problems));
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

    private static ApiSpec load(Path dir, SpecFile file, java.util.function.Function<String, Object> parsed) {
        SpecBundler.Result bundled = new SpecBundler(dir, parsed).bundle(file);
        String version = file.tree().path("openapi").isString() ? file.tree().get("openapi").asString() : null;
        ApiSpec spec = new ApiSpec(file.name(), version, bundled.bundle(), bundled.files(), List.of());
        List<SpecProblem> problems = new ArrayList<>(bundled.problems());
        if (problems.isEmpty()) {
            problems.addAll(SpecStructure.check(spec));
        }
        if (problems.isEmpty()) {
            problems.addAll(schemas(spec));
        }
        return new ApiSpec(spec.name(), version, spec.bundle(), spec.files(), List.copyOf(problems));
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
