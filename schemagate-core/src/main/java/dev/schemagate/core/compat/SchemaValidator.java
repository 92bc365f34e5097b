package dev.schemagate.core.compat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * networknt json-schema-validator over one schemas folder: each schema is served under
 * {@code https://schemagate.invalid/<name>} (and under its own {@code $id}), so relative
 * {@code $ref}s between files resolve without touching the network. Allowed remote schemas are
 * fetched beforehand ({@link RemoteSchemas}); the validator itself never fetches.
 */
final class SchemaValidator {
    static final String BASE = "https://schemagate.invalid/";
    static final String DEFAULT_DIALECT = SpecificationVersion.DRAFT_2020_12.getDialectId();

    private final SchemaRegistry registry;
    private final RemoteSchemas remote;
    /** By location: networknt caches compiled schemas too, but its lookup per call showed in the witness search. */
    private final Map<String, com.networknt.schema.Schema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    SchemaValidator(List<SchemaDoc> docs) {
        this(docs, RemoteSchemas.NONE);
    }

    /** @param remote allowed remote schemas, already fetched: served from memory like the local ones */
    SchemaValidator(List<SchemaDoc> docs, RemoteSchemas remote) {
        this.remote = remote;
        Map<String, String> contents = new HashMap<>(remote.contents());
        // serialized only when networknt asks: most schemas of a folder are never validated against
        Map<String, JsonNode> local = new HashMap<>();
        for (SchemaDoc doc : docs) {
            local.put(BASE + doc.name(), doc.schema());
            JsonNode id = doc.schema().get("$id");
            if (id != null && id.isString() && id.asString().matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                String uri = stripFragment(id.asString());
                if (!contents.containsKey(uri)) {
                    local.putIfAbsent(uri, doc.schema());
                }
            }
        }
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(uri -> {
                    JsonNode schema = local.get(uri);
                    return schema != null ? SchemaFiles.JSON.writeValueAsString(schema) : contents.get(uri);
                }));
    }

    RemoteSchemas remote() {
        return remote;
    }

    /** Errors of a schema against its metaschema ($schema, default draft 2020-12). */
    List<Error> metaschemaErrors(JsonNode schema) {
        JsonNode declared = schema.get("$schema");
        String dialect = declared != null && declared.isString() ? stripFragment(declared.asString()) : DEFAULT_DIALECT;
        if (SpecificationVersion.fromDialectId(dialect).isEmpty()
                && SpecificationVersion.fromDialectId(dialect + "#").isEmpty()) {
            throw new SchemaException("unknown $schema " + dialect + "; use a draft 4, 6, 7, 2019-09 or 2020-12 metaschema URI");
        }
        return registry.getSchema(SchemaLocation.of(dialect)).validate(schema);
    }

    /** Errors of {@code instance} against the subschema at {@code pointer} in schema {@code name}. */
    List<Error> errors(String name, String pointer, JsonNode instance) {
        return errors(name, pointer, instance, false);
    }

    /** @param assertFormat validate {@code format} as an assertion (schema.compat.formatAssertion) */
    List<Error> errors(String name, String pointer, JsonNode instance, boolean assertFormat) {
        com.networknt.schema.Schema schema = schema(name, pointer);
        return assertFormat ? schema.validate(instance, FORMAT_ASSERTION) : schema.validate(instance);
    }

    /** Whether {@code instance} is valid there; networknt stops at the first error (boolean output). */
    boolean valid(String name, String pointer, JsonNode instance, boolean assertFormat) {
        com.networknt.schema.Schema schema = schema(name, pointer);
        return assertFormat ? schema.validate(instance, com.networknt.schema.OutputFormat.BOOLEAN, FORMAT_ASSERTION)
                : schema.validate(instance, com.networknt.schema.OutputFormat.BOOLEAN);
    }

    private com.networknt.schema.Schema schema(String name, String pointer) {
        String location = BASE + name + (pointer.isEmpty() ? "" : "#" + pointer);
        return schemas.computeIfAbsent(location, l -> registry.getSchema(SchemaLocation.of(l)));
    }

    static final java.util.function.Consumer<com.networknt.schema.ExecutionContext> FORMAT_ASSERTION =
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));

    /** networknt's instance location as a JSON pointer ("" is the root). */
    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static String stripFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }
}
