package dev.schemagate.core.compat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Validity of one schema: its metaschema, its {@code $ref}s, and its examples, default and const values. */
final class SchemaValidity {
    private SchemaValidity() {
    }

    /** @return the findings; examples are only checked when the schema and its refs are valid */
    static List<Finding> check(SchemaDoc doc, CompatSettings settings, Map<Path, SchemaDoc> byFile,
                               SchemaValidator validator) {
        String file = settings.relative(doc.file());
        List<Finding> findings = new ArrayList<>();
        try {
            // one finding per location; alternatives of one location (anyOf branches) are joined with "or"
            Map<String, List<String>> byPointer = new java.util.TreeMap<>();
            for (Error e : validator.metaschemaErrors(doc.schema())) {
                byPointer.computeIfAbsent(SchemaValidator.pointer(e.getInstanceLocation()), k -> new ArrayList<>())
                        .add(e.getMessage());
            }
            byPointer.forEach((pointer, messages) -> findings.add(finding(Rule.JSONSCHEMA_SCHEMA_INVALID, file, pointer,
                    file + " at " + display(pointer) + " fails its metaschema: " + String.join(" or ", messages.stream().distinct().toList())
                            + ". Fix the keyword (see the JSON Schema specification of its $schema).")));
        } catch (SchemaException e) {
            findings.add(finding(Rule.JSONSCHEMA_SCHEMA_INVALID, file, "/$schema",
                    file + ": " + e.getMessage() + "."));
        }
        for (RefCheck.Problem p : RefCheck.check(doc, settings.schemasDir(), byFile, validator.remote())) {
            findings.add(finding(p.rule(), file, p.pointer() + "/$ref",
                    file + " at " + display(p.pointer()) + ": $ref \"" + p.ref() + "\" " + p.reason() + "."));
        }
        if (findings.isEmpty()) {
            findings.addAll(values(doc, file, validator));
        }
        return findings;
    }

    private static List<Finding> values(SchemaDoc doc, String file, SchemaValidator validator) {
        List<Finding> findings = new ArrayList<>();
        SchemaWalk.subschemas(doc.schema(), (pointer, node) -> {
            JsonNode examples = node.get("examples");
            if (examples != null && examples.isArray()) {
                for (int i = 0; i < examples.size(); i++) {
                    value(doc, file, validator, pointer, "examples/" + i, examples.get(i), findings);
                }
            }
            for (String keyword : new String[] {"default", "const"}) {
                if (node.has(keyword)) {
                    value(doc, file, validator, pointer, keyword, node.get(keyword), findings);
                }
            }
        });
        return findings;
    }

    private static void value(SchemaDoc doc, String file, SchemaValidator validator, String pointer, String keyword,
                              JsonNode value, List<Finding> findings) {
        List<Error> errors;
        try {
            errors = validator.errors(doc.name(), pointer, value);
        } catch (SchemaException e) {
            findings.add(finding(Rule.JSONSCHEMA_SCHEMA_INVALID, file, pointer,
                    file + " at " + display(pointer) + " cannot be compiled: " + e.getMessage() + "."));
            return;
        }
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            findings.add(finding(Rule.JSONSCHEMA_EXAMPLE_INVALID, file, pointer + "/" + keyword,
                    file + " at " + display(pointer + "/" + keyword) + ": the value " + value
                            + " is not valid against its own schema: "
                            + display(SchemaValidator.pointer(first.getInstanceLocation())) + " " + first.getMessage()
                            + ". Fix the value or the schema."));
        }
    }

    static String display(String pointer) {
        return pointer.isEmpty() ? "#" : "#" + pointer;
    }

    private static Finding finding(Rule rule, String file, String pointer, String message) {
        return new Finding(rule.id(), rule.defaultSeverity(), message,
                Location.ofSchema(file, pointer, null), Map.of(), null);
    }
}
