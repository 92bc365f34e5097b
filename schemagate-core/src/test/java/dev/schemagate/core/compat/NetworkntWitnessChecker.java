package dev.schemagate.core.compat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/** Proves witnesses with networknt json-schema-validator (draft 2020-12 unless $schema says otherwise). */
final class NetworkntWitnessChecker implements WitnessChecker {
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @Override
    public Optional<String> refute(JsonNode oldSchema, JsonNode newSchema, JsonNode witness) {
        List<Error> oldErrors = errors(oldSchema, witness);
        if (!oldErrors.isEmpty()) {
            return Optional.of("invalid under the old schema: " + oldErrors.get(0).getMessage());
        }
        if (errors(newSchema, witness).isEmpty()) {
            return Optional.of("valid under the new schema");
        }
        return Optional.empty();
    }

    List<Error> metaschemaErrors(String metaschemaUri, JsonNode schema) {
        return registry.getSchema(SchemaLocation.of(metaschemaUri)).validate(schema);
    }

    List<Error> errors(JsonNode schema, JsonNode document) {
        Schema compiled = registry.getSchema(schema);
        return compiled.validate(document);
    }
}
