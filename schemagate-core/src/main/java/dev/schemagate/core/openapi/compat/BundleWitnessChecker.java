package dev.schemagate.core.openapi.compat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.schemagate.core.compat.WitnessChecker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proves a witness against a schema inside two bundled specs with networknt: the bundles are served
 * under made-up URIs (nothing is fetched) and the schema is addressed by its JSON pointer, so
 * {@code $ref}s into components resolve.
 */
final class BundleWitnessChecker {
    private static final String OLD = "https://schemagate.invalid/old.json";
    private static final String NEW = "https://schemagate.invalid/new.json";
    private final SchemaRegistry registry;

    BundleWitnessChecker(JsonNode oldBundle, JsonNode newBundle) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, String> docs = Map.of(OLD, json.writeValueAsString(oldBundle), NEW, json.writeValueAsString(newBundle));
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(docs::get));
    }

    /** A checker for the schemas at these two pointers; reversed, it proves FORWARD breaks. */
    WitnessChecker at(String oldPointer, String newPointer) {
        return new At(OLD, oldPointer, "old", NEW, newPointer, "new");
    }

    /** Proves a document valid under one schema and invalid under the other. */
    private final class At implements WitnessChecker {
        private final String validDoc;
        private final String validPointer;
        private final String validName;
        private final String invalidDoc;
        private final String invalidPointer;
        private final String invalidName;

        At(String validDoc, String validPointer, String validName, String invalidDoc, String invalidPointer,
           String invalidName) {
            this.validDoc = validDoc;
            this.validPointer = validPointer;
            this.validName = validName;
            this.invalidDoc = invalidDoc;
            this.invalidPointer = invalidPointer;
            this.invalidName = invalidName;
        }

        @Override
        public Optional<String> refute(JsonNode ignoredOld, JsonNode ignoredNew, JsonNode witness) {
            try {
                List<Error> errors = errors(validDoc, validPointer, witness);
                if (!errors.isEmpty()) {
                    return Optional.of("invalid under the " + validName + " schema: " + errors.get(0).getMessage());
                }
                return errors(invalidDoc, invalidPointer, witness).isEmpty()
                        ? Optional.of("valid under the " + invalidName + " schema") : Optional.empty();
            } catch (SchemaException | IllegalArgumentException e) {
                return Optional.of("the validator could not compile the schema: " + e.getMessage());
            }
        }

        @Override
        public boolean separates(JsonNode ignoredOld, JsonNode ignoredNew, JsonNode witness) {
            try {
                return valid(validDoc, validPointer, witness) && !valid(invalidDoc, invalidPointer, witness);
            } catch (SchemaException | IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public WitnessChecker reversed() {
            return new At(invalidDoc, invalidPointer, invalidName, validDoc, validPointer, validName);
        }
    }

    private List<Error> errors(String document, String pointer, JsonNode witness) {
        return registry.getSchema(SchemaLocation.of(document + "#" + encode(pointer))).validate(witness);
    }

    /** networknt's boolean output: it stops at the first error instead of collecting them all. */
    private boolean valid(String document, String pointer, JsonNode witness) {
        return registry.getSchema(SchemaLocation.of(document + "#" + encode(pointer)))
                .validate(witness, com.networknt.schema.OutputFormat.BOOLEAN);
    }

    /** Percent-encodes what a URI fragment may not hold, e.g. the braces of /paths/~1pets~1{id}. */
    static String encode(String pointer) {
        StringBuilder out = new StringBuilder();
        for (byte b : pointer.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
