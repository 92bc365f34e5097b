package dev.schemagate.core.openapi.spec;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks every {@code $ref} of a spec and of the files it reaches (file exists, pointer exists,
 * nothing remote is fetched) and copies all of them into one document with local refs only.
 */
final class SpecBundler {
    private final Path specDir;
    private final Function<String, Object> parsed;
    private final boolean remoteRefsAllowed;
    private final Map<String, SpecFile> files = new LinkedHashMap<>();
    private final List<SpecProblem> problems = new ArrayList<>();

    /**
     * @param parsed a file name (relative to the spec folder) to its {@link SpecFile}, a
     *               {@link SpecProblem} when it did not parse, or null when it does not exist
     * @param remoteRefsAllowed whether a remote {@code $ref} is left as it is (for the generator or the
     *               browser) rather than refused
     */
    SpecBundler(Path specDir, Function<String, Object> parsed, boolean remoteRefsAllowed) {
        this.specDir = specDir;
        this.parsed = parsed;
        this.remoteRefsAllowed = remoteRefsAllowed;
    }

    record Result(JsonNode bundle, Map<String, SpecFile> files, List<SpecProblem> problems) {
    }

    Result bundle(SpecFile spec) {
        Deque<SpecFile> todo = new ArrayDeque<>(List.of(spec));
        files.put(spec.name(), spec);
        while (!todo.isEmpty()) {
            SpecFile file = todo.pop();
            Pointers.objects(file.tree(), "", (pointer, node) -> {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isString()) {
                    check(file, pointer + "/$ref", ref.asString(), todo);
                }
            });
        }
        ObjectNode bundle = rewritten(spec, spec);
        if (files.size() > 1) {
            ObjectNode external = bundle.putObject(ApiSpec.FILES);
            files.values().stream().filter(f -> f != spec).forEach(f -> external.set(f.name(), rewritten(spec, f)));
        }
        return new Result(bundle, Map.copyOf(files), List.copyOf(problems));
    }

    private void check(SpecFile file, String pointer, String ref, Deque<SpecFile> todo) {
        if (ref.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9+.-]*:.*")) {
            if (remoteRefsAllowed) {
                return;
            }
            problem(file, pointer, "$ref \"" + ref + "\" is remote; schemagate never fetches anything. Copy the"
                    + " document next to the spec and refer to it by a relative path");
            return;
        }
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
        SpecFile target = file;
        if (!filePart.isEmpty()) {
            String name = nameOf(file, filePart);
            Object found = files.containsKey(name) ? files.get(name) : parsed.apply(name);
            if (found == null) {
                problem(file, pointer, "$ref \"" + ref + "\" names a file that does not exist (" + name
                        + "). Fix the path: it is relative to " + file.name());
                return;
            }
            if (found instanceof SpecProblem) {
                return; // reported where the file is parsed
            }
            target = (SpecFile) found;
            if (files.putIfAbsent(name, target) == null) {
                todo.push(target);
            }
        }
        if (!fragment.isEmpty() && !resolves(target.tree(), fragment)) {
            problem(file, pointer, "$ref \"" + ref + "\" points to #" + fragment + ", which does not exist in "
                    + target.name() + ". Fix the pointer or add the definition");
        }
    }

    private String nameOf(SpecFile from, String filePart) {
        Path path = from.file().getParent().resolve(URLDecoder.decode(filePart, StandardCharsets.UTF_8)).normalize();
        return specDir.relativize(path).toString().replace('\\', '/');
    }

    private static boolean resolves(JsonNode tree, String fragment) {
        try {
            return fragment.startsWith("/") && !tree.at(JsonPointer.compile(fragment)).isMissingNode();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A copy of {@code file} whose refs all point into the bundle of {@code spec}. */
    private ObjectNode rewritten(SpecFile spec, SpecFile file) {
        JsonNode copy = file.tree().deepCopy();
        Pointers.objects(copy, "", (pointer, node) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && !ref.asString().contains(":")) {
                ((ObjectNode) node).set("$ref", StringNode.valueOf(local(spec, file, ref.asString())));
            }
        });
        return copy.isObject() ? (ObjectNode) copy : SpecParser.JSON.createObjectNode();
    }

    private String local(SpecFile spec, SpecFile file, String ref) {
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        String name = filePart.isEmpty() ? file.name() : nameOf(file, filePart);
        return name.equals(spec.name()) ? "#" + fragment
                : "#/" + ApiSpec.FILES + "/" + Pointers.escape(name) + fragment;
    }

    private void problem(SpecFile file, String pointer, String message) {
        Integer line = file.lines().line(pointer);
        problems.add(new SpecProblem(file.name(), line, null, pointer,
                file.name() + (line == null ? "" : ":" + line) + " at " + Pointers.display(pointer) + ": " + message + "."));
    }
}
