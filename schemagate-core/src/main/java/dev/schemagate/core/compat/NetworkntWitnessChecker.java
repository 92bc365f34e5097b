package dev.schemagate.core.compat;

import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Proves witnesses with networknt json-schema-validator (draft 2020-12 unless $schema says
 * otherwise). A schema that cannot be compiled refutes the witness (the finding is downgraded and
 * says why) instead of stopping the run.
 */
final class NetworkntWitnessChecker implements WitnessChecker {
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Function<JsonNode, List<Error>> underOld;
    private final Function<JsonNode, List<Error>> underNew;
    private final Predicate<JsonNode> validUnderOld;
    private final Predicate<JsonNode> validUnderNew;
    private final boolean reversed;
    private final boolean assertFormat;
    private final java.util.Map<JsonNode, Schema> compiled = new java.util.IdentityHashMap<>();

    /** Compiles the two schema documents it is given; only refs inside each document resolve. */
    NetworkntWitnessChecker() {
        this(null, null, false);
    }

    /** Validates against schema {@code name} of each folder, so refs between files resolve too. */
    NetworkntWitnessChecker(SchemaValidator oldSchemas, SchemaValidator newSchemas, String name) {
        this(oldSchemas, newSchemas, name, false);
    }

    /** @param assertFormat validate {@code format} as an assertion (schema.compat.formatAssertion) */
    NetworkntWitnessChecker(SchemaValidator oldSchemas, SchemaValidator newSchemas, String name, boolean assertFormat) {
        this(witness -> oldSchemas.errors(name, "", witness, assertFormat),
                witness -> newSchemas.errors(name, "", witness, assertFormat),
                witness -> oldSchemas.valid(name, "", witness, assertFormat),
                witness -> newSchemas.valid(name, "", witness, assertFormat), false, assertFormat);
    }

    /** Compiles the documents it is given, validating {@code format} as an assertion. */
    static NetworkntWitnessChecker assertingFormat() {
        return new NetworkntWitnessChecker(null, null, false, true);
    }

    private NetworkntWitnessChecker(Function<JsonNode, List<Error>> underOld, Function<JsonNode, List<Error>> underNew,
                                    boolean reversed) {
        this(underOld, underNew, reversed, false);
    }

    private NetworkntWitnessChecker(Function<JsonNode, List<Error>> underOld, Function<JsonNode, List<Error>> underNew,
                                    boolean reversed, boolean assertFormat) {
        this(underOld, underNew, null, null, reversed, assertFormat);
    }

    /** @param validUnderOld the yes/no form of {@code underOld} (both null for the one-document form) */
    private NetworkntWitnessChecker(Function<JsonNode, List<Error>> underOld, Function<JsonNode, List<Error>> underNew,
                                    Predicate<JsonNode> validUnderOld, Predicate<JsonNode> validUnderNew,
                                    boolean reversed, boolean assertFormat) {
        this.underOld = underOld;
        this.underNew = underNew;
        this.validUnderOld = validUnderOld;
        this.validUnderNew = validUnderNew;
        this.reversed = reversed;
        this.assertFormat = assertFormat;
    }

    @Override
    public WitnessChecker reversed() {
        // the engine passes (new, old) to a reversed checker: the one-document form swaps by itself
        return new NetworkntWitnessChecker(underNew, underOld, validUnderNew, validUnderOld, !reversed, assertFormat);
    }

    @Override
    public Optional<String> refute(JsonNode oldSchema, JsonNode newSchema, JsonNode witness) {
        try {
            List<Error> oldErrors = underOld == null ? errors(oldSchema, witness) : underOld.apply(witness);
            if (!oldErrors.isEmpty()) {
                return Optional.of("invalid under the " + (reversed ? "new" : "old") + " schema: " + oldErrors.get(0).getMessage());
            }
            if ((underNew == null ? errors(newSchema, witness) : underNew.apply(witness)).isEmpty()) {
                return Optional.of("valid under the " + (reversed ? "old" : "new") + " schema");
            }
            return Optional.empty();
        } catch (SchemaException e) {
            return Optional.of("the validator could not compile the schema: " + e.getMessage());
        }
    }

    @Override
    public boolean separates(JsonNode oldSchema, JsonNode newSchema, JsonNode witness) {
        try {
            boolean validOld = validUnderOld == null ? valid(oldSchema, witness) : validUnderOld.test(witness);
            return validOld && !(validUnderNew == null ? valid(newSchema, witness) : validUnderNew.test(witness));
        } catch (SchemaException e) {
            return false;
        }
    }

    List<Error> metaschemaErrors(String metaschemaUri, JsonNode schema) {
        return registry.getSchema(SchemaLocation.of(metaschemaUri)).validate(schema);
    }

    /** Valid or not, networknt stopping at the first error (its boolean output format). */
    private boolean valid(JsonNode schema, JsonNode document) {
        Schema compiledSchema = compiled.computeIfAbsent(schema, registry::getSchema);
        return assertFormat ? compiledSchema.validate(document, OutputFormat.BOOLEAN, SchemaValidator.FORMAT_ASSERTION)
                : compiledSchema.validate(document, OutputFormat.BOOLEAN);
    }

    List<Error> errors(JsonNode schema, JsonNode document) {
        // compiling is the expensive part: once per schema document, not once per witness
        Schema compiledSchema = compiled.computeIfAbsent(schema, registry::getSchema);
        return assertFormat ? compiledSchema.validate(document, SchemaValidator.FORMAT_ASSERTION)
                : compiledSchema.validate(document);
    }
}
