package dev.schemagate.core.openapi.spec;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One loaded OpenAPI document. {@code bundle} is the spec with every file its {@code $ref}s reach
 * copied under {@code /x-schemagate-files/<name>} and every {@code $ref} rewritten to a local one; in
 * a 3.0 spec its schemas are converted to JSON Schema 2020-12 ({@link SchemaConversion}).
 *
 * @param name     the path relative to the spec folder, e.g. "incubator-api.yaml"
 * @param files    the spec and every file it refers to, by name
 * @param problems why it is not valid; empty when it is
 */
public record ApiSpec(String name, String version, JsonNode bundle, Map<String, SpecFile> files,
                      List<SpecProblem> problems) {
    static final String FILES = "x-schemagate-files";

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean isOpenApi30() {
        return version != null && version.startsWith("3.0");
    }

    /** A node of the bundle, with its pointer; a missing node is null. */
    public record Located(String pointer, JsonNode node) {
    }

    /** The node at {@code pointer}, following {@code $ref}s (a reference object of OpenAPI or a schema). */
    public Located resolve(String pointer) {
        String at = pointer;
        JsonNode node = bundle.at(at);
        for (int hops = 0; hops < 32 && node != null && node.isObject() && node.path("$ref").isString(); hops++) {
            String ref = node.get("$ref").asString();
            if (!ref.startsWith("#")) {
                break;
            }
            at = java.net.URLDecoder.decode(ref.substring(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            node = bundle.at(at);
        }
        return new Located(at, node == null || node.isMissingNode() ? null : node);
    }

    /** Which file a bundle pointer is in, the pointer inside that file, and its line there. */
    public record Where(String file, String pointer, Integer line) {
        /** "other.yaml#/a/b" for a referenced file, "#/a/b" for the spec itself. */
        public String display(String specName) {
            return (file.equals(specName) ? "" : file) + Pointers.display(pointer);
        }
    }

    public Where where(String bundlePointer) {
        String prefix = "/" + FILES + "/";
        if (bundlePointer != null && bundlePointer.startsWith(prefix)) {
            String rest = bundlePointer.substring(prefix.length());
            int slash = rest.indexOf('/');
            String file = Pointers.unescape(slash < 0 ? rest : rest.substring(0, slash));
            String inner = slash < 0 ? "" : rest.substring(slash);
            SpecFile f = files.get(file);
            return new Where(file, inner, f == null ? null : f.lines().line(inner));
        }
        SpecFile main = files.get(name);
        String p = bundlePointer == null ? "" : bundlePointer;
        return new Where(name, p, main == null ? null : main.lines().line(p));
    }
}
