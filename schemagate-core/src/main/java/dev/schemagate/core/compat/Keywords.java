package dev.schemagate.core.compat;

import java.util.Set;

/** Keyword sets: annotations (never change validity) and assertions this engine understands. */
final class Keywords {
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "$comment", "examples",
            "default", "deprecated", "readOnly", "writeOnly", "$schema", "$id", "$anchor", "$dynamicAnchor",
            "$defs", "definitions", "$vocabulary", "contentEncoding", "contentMediaType", "contentSchema");

    private static final Set<String> UNDERSTOOD = Set.of("$ref", "type", "enum", "const",
            "minLength", "maxLength", "pattern", "format",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
            "items", "prefixItems", "additionalItems", "minItems", "maxItems", "uniqueItems", "contains",
            "minContains", "maxContains",
            "properties", "additionalProperties", "patternProperties", "required", "minProperties",
            "maxProperties", "dependentRequired", "dependentSchemas", "propertyNames",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else");

    /** Assertions the engine does not compare yet; a change in one is reported as undecidable. */
    private static final Set<String> NOT_COMPARED = Set.of("unevaluatedProperties", "unevaluatedItems",
            "dependencies", "$dynamicRef", "$recursiveRef", "$recursiveAnchor");

    private Keywords() {
    }

    static boolean isAnnotation(String keyword) {
        return ANNOTATIONS.contains(keyword) || !(UNDERSTOOD.contains(keyword) || NOT_COMPARED.contains(keyword));
    }

    static Set<String> notCompared() {
        return NOT_COMPARED;
    }
}
