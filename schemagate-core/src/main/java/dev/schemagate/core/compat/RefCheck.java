package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks every {@code $ref} of one schema: remote refs are refused unless on the allow-list, refs
 * that leave the schemas folder are refused, and local ones must point at an existing file and
 * location ({@code #/json/pointer} or {@code #anchor}).
 */
final class RefCheck {
    /** One bad ref: the rule, the pointer of the {@code $ref} keyword's schema, and why. */
    record Problem(Rule rule, String pointer, String ref, String reason) {
    }

    private RefCheck() {
    }

    static List<Problem> check(SchemaDoc doc, Path schemasDir, Map<Path, SchemaDoc> byFile, RemoteSchemas remote) {
        List<Problem> problems = new ArrayList<>();
        SchemaWalk.subschemas(doc.schema(), (pointer, node) -> {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                problem(doc, schemasDir, byFile, remote, pointer, ref.asString()).ifPresent(problems::add);
            }
        });
        return problems;
    }

    private static Optional<Problem> problem(SchemaDoc doc, Path schemasDir, Map<Path, SchemaDoc> byFile,
                                             RemoteSchemas remote, String pointer, String givenRef) {
        String ref = withinItself(doc.schema(), givenRef);
        String lower = ref.toLowerCase(java.util.Locale.ROOT);
        if (RemoteSchemas.isRemote(ref)) {
            return remote.allowed(ref) ? remoteProblem(remote, pointer, ref)
                    : Optional.of(new Problem(Rule.JSONSCHEMA_REF_REMOTE, pointer, ref,
                    "is remote and not on the allow-list (" + dev.schemagate.core.SchemaProperties.COMPAT_REMOTE_REFS
                            + "), so it is not fetched. Copy it into the schemas folder and refer to it by a relative path,"
                            + " or add its URL prefix to the allow-list"));
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.of(new Problem(Rule.JSONSCHEMA_REF_UNRESOLVED, pointer, ref,
                    "is an absolute URI that schemagate does not resolve. Use a relative path such as other.json#/$defs/name"));
        }
        int hash = ref.indexOf('#');
        String filePart = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
        SchemaDoc target = doc;
        if (!filePart.isEmpty()) {
            Path file = doc.file().getParent().resolve(URLDecoder.decode(filePart, StandardCharsets.UTF_8)).normalize();
            if (!file.startsWith(schemasDir)) {
                return Optional.of(new Problem(Rule.JSONSCHEMA_REF_ESCAPES, pointer, ref,
                        "points outside the schemas folder " + schemasDir.getFileName()
                                + ". Move the referenced schema into that folder"));
            }
            target = byFile.get(file);
            if (target == null) {
                return file.toFile().isFile() ? Optional.empty() // it exists but did not parse: reported already
                        : Optional.of(new Problem(Rule.JSONSCHEMA_REF_UNRESOLVED, pointer, ref,
                        "names a file that does not exist. Fix the path (it is relative to the referring file)"));
            }
        }
        if (fragment.isEmpty() || resolves(target.schema(), fragment)) {
            return cycle(doc, pointer, ref, byFile);
        }
        return Optional.of(new Problem(Rule.JSONSCHEMA_REF_UNRESOLVED, pointer, ref,
                "points to #" + fragment + ", which does not exist in " + target.name() + ". Fix the pointer or add the definition"));
    }

    /**
     * A ref whose URI is the document's own {@code $id} ({@code https://example.com/tree.json#/$defs/node} inside
     * the schema with that id) as the local ref it is ({@code #/$defs/node}); any other ref unchanged.
     */
    static String withinItself(JsonNode schema, String ref) {
        JsonNode id = schema.isObject() ? schema.has("$id") ? schema.get("$id") : schema.get("id") : null;
        if (id == null || !id.isString() || ref.startsWith("#")) {
            return ref;
        }
        String self = id.asString().endsWith("#") ? id.asString().substring(0, id.asString().length() - 1) : id.asString();
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        if (self.isEmpty() || !base.equals(self)) {
            return ref;
        }
        return hash < 0 ? "#" : ref.substring(hash);
    }

    private static Optional<Problem> remoteProblem(RemoteSchemas remote, String pointer, String ref) {
        RemoteSchemas.Fetched fetched = remote.get(ref);
        if (fetched.schema() == null) {
            return Optional.of(new Problem(Rule.JSONSCHEMA_REF_UNRESOLVED, pointer, ref,
                    "is on the allow-list but could not be fetched: " + fetched.error()
                            + ". Check the URL and that the build can reach it"));
        }
        int hash = ref.indexOf('#');
        String fragment = hash < 0 ? "" : URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
        return fragment.isEmpty() || resolves(fetched.schema(), fragment) ? Optional.empty()
                : Optional.of(new Problem(Rule.JSONSCHEMA_REF_UNRESOLVED, pointer, ref,
                "points to #" + fragment + ", which the fetched document does not have. Fix the pointer"));
    }

    /**
     * A chain of {@code $ref}s (each target's own {@code $ref}, following JSON pointers) that comes
     * back to a schema it passed never reaches a real schema: validating against it would never end.
     */
    private static Optional<Problem> cycle(SchemaDoc doc, String pointer, String ref, Map<Path, SchemaDoc> byFile) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> chain = new ArrayList<>();
        seen.add(doc.file() + "#" + pointer);
        SchemaDoc current = doc;
        String next = ref;
        while (next != null) {
            int hash = next.indexOf('#');
            String filePart = hash < 0 ? next : next.substring(0, hash);
            String fragment = hash < 0 ? "" : URLDecoder.decode(next.substring(hash + 1), StandardCharsets.UTF_8);
            SchemaDoc target = filePart.isEmpty() ? current : byFile.get(current.file().getParent()
                    .resolve(URLDecoder.decode(filePart, StandardCharsets.UTF_8)).normalize());
            if (target == null || !(fragment.isEmpty() || fragment.startsWith("/"))) {
                return Optional.empty();
            }
            JsonNode node;
            try {
                node = target.schema().at(JsonPointer.compile(fragment));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            chain.add((target == doc ? "" : target.name()) + "#" + fragment);
            if (!seen.add(target.file() + "#" + fragment)) {
                return Optional.of(new Problem(Rule.JSONSCHEMA_REF_UNRESOLVED, pointer, ref,
                        "leads into a cycle of $refs that never reaches a schema (" + String.join(" -> ", chain)
                                + "), so validating against it would never end. Point one of them at a real schema"));
            }
            JsonNode nextRef = node == null || !node.isObject() ? null : node.get("$ref");
            next = nextRef != null && nextRef.isString() ? nextRef.asString() : null;
            current = target;
        }
        return Optional.empty();
    }

    private static boolean resolves(JsonNode schema, String fragment) {
        if (fragment.startsWith("/")) {
            try {
                return !schema.at(JsonPointer.compile(fragment)).isMissingNode();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        boolean[] found = {false};
        SchemaWalk.subschemas(schema, (pointer, node) -> {
            JsonNode anchor = node.get("$anchor");
            JsonNode id = node.get("$id");
            found[0] |= anchor != null && fragment.equals(anchor.asString())
                    || id != null && ("#" + fragment).equals(id.asString());
        });
        return found[0];
    }
}
