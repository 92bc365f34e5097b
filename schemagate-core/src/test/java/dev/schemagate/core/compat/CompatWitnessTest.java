package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Witness documents: built, proven with networknt, and a refuted witness downgrades its finding. */
class CompatWitnessTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final NetworkntWitnessChecker NETWORKNT = new NetworkntWitnessChecker();
    private static final JsonNode OLD = json("{'type':'object','required':['id'],'properties':{'id':{'type':'string'},"
            + "'tags':{'type':'array','items':{'type':'string','maxLength':50}}}}");
    private static final JsonNode NEW = json("{'type':'object','required':['id','tags'],'properties':{'id':{'type':'string'},"
            + "'tags':{'type':'array','items':{'type':'string','maxLength':20}}}}");

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void eachBackwardBreakCarriesAWitnessThatNetworkntConfirms() {
        List<CompatFinding> findings = SchemaComparator.compare(OLD, NEW, CompatMode.BACKWARD, CompatPolicy.LENIENT, NETWORKNT);
        assertThat(findings).extracting(CompatFinding::ruleId)
                .containsExactly(Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED.id(), Rule.JSONSCHEMA_REQUIRED_ADDED.id());
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            JsonNode witness = (JsonNode) f.details().get("witness");
            assertThat(NETWORKNT.errors(OLD, witness)).isEmpty();
            assertThat(NETWORKNT.errors(NEW, witness)).isNotEmpty();
        });
        assertThat(findings.get(0).details().get("witness")).hasToString("{\"id\":\"\",\"tags\":[\"" + "a".repeat(21) + "\"]}");
        assertThat(findings.get(1).details().get("witness")).hasToString("{\"id\":\"\"}");
    }

    @Test
    void aRefutedWitnessIsInfoAndSaysWhy() {
        WitnessChecker refuting = (o, n, w) -> Optional.of("valid under the new schema");
        CompatFinding f = SchemaComparator.compare(OLD, NEW, CompatMode.BACKWARD, CompatPolicy.LENIENT, refuting).get(1);
        assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_REQUIRED_ADDED.id());
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("Refuted:", "valid under the new schema", "nothing is shown to break");
        assertThat(f.details()).containsEntry("proof", "refuted").containsEntry("refutation", "valid under the new schema");
    }

    @Test
    void aWitnessTheBuilderGetsWrongIsReplacedByOneTheSearchFinds() {
        // the walk builds 21 'a's, which the sibling pattern rejects; a string of 21 digits proves the break
        JsonNode oldSchema = json("{'type':'string','pattern':'^[0-9]+$','maxLength':50}");
        JsonNode newSchema = json("{'type':'string','pattern':'^[0-9]+$','maxLength':20}");
        CompatFinding f = SchemaComparator.compare(oldSchema, newSchema, CompatMode.BACKWARD, CompatPolicy.LENIENT, NETWORKNT)
                .get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.details()).containsEntry("proof", "proven").containsEntry("witnessSource", "search");
        JsonNode witness = (JsonNode) f.details().get("witness");
        assertThat(NETWORKNT.errors(oldSchema, witness)).isEmpty();
        assertThat(NETWORKNT.errors(newSchema, witness)).isNotEmpty();
    }

    @Test
    void aCheckerThatCannotRunProvesNothingInsteadOfThrowing() {
        WitnessChecker broken = (o, n, w) -> {
            throw new IllegalStateException("no validator");
        };
        CompatFinding f = SchemaComparator.compare(OLD, NEW, CompatMode.FULL, CompatPolicy.LENIENT, broken).get(0);
        assertThat(f.severity()).isNotEqualTo(Severity.ERROR);
        assertThat(f.message()).contains("could not be checked: no validator");
    }

    @Test
    void withoutACheckerNothingIsProvenSoNothingIsAnError() {
        CompatFinding f = SchemaComparator.compare(OLD, NEW, CompatMode.BACKWARD, CompatPolicy.LENIENT).get(1);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.details()).containsEntry("witnessChecked", false).containsEntry("proof", "unproven")
                .containsKey("witness");
    }

    @Test
    void strictTeamsFailOnUnprovenBreaks() {
        CompareOptions strict = new CompareOptions(CompatMode.BACKWARD, CompatPolicy.LENIENT, Severity.ERROR, false, true);
        CompatFinding f = SchemaComparator.compare(OLD, NEW, strict, WitnessChecker.UNCHECKED).get(1);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.details()).containsEntry("proof", "unproven");
    }

    @Test
    void forwardModeNeedsNoBackwardWitness() {
        List<CompatFinding> findings = SchemaComparator.compare(OLD, NEW, CompatMode.FORWARD, CompatPolicy.LENIENT, NETWORKNT);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.details()).doesNotContainKey("witness");
        });
    }

    @Test
    void eachForwardBreakCarriesAWitnessValidUnderTheNewSchemaAndInvalidUnderTheOld() {
        // NEW -> OLD relaxes both changes: the reverse of the BACKWARD case above
        List<CompatFinding> findings = SchemaComparator.compare(NEW, OLD, CompatMode.FORWARD, CompatPolicy.LENIENT, NETWORKNT);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(CompatFinding::ruleId)
                .containsExactly(Rule.JSONSCHEMA_STRING_CONSTRAINT_LOOSENED.id(), Rule.JSONSCHEMA_REQUIRED_REMOVED.id());
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).allSatisfy(f -> {
            JsonNode witness = (JsonNode) f.details().get("forwardWitness");
            assertThat(f.details()).containsEntry("forwardWitnessChecked", true).doesNotContainKey("witness");
            assertThat(NETWORKNT.errors(OLD, witness)).as("valid under the new schema (OLD here)").isEmpty();
            assertThat(NETWORKNT.errors(NEW, witness)).as("invalid under the old schema (NEW here)").isNotEmpty();
        });
    }

    @Test
    void enumValuesAddedAndTypesWidenedAreProvenUnderForwardAndFull() {
        JsonNode oldSchema = json("{'type':'object','properties':{'status':{'enum':['open','paid']},'n':{'type':'integer'}}}");
        JsonNode newSchema = json("{'type':'object','properties':{'status':{'enum':['open','paid','void']},"
                + "'n':{'type':['integer','string']}}}");
        for (CompatMode mode : List.of(CompatMode.FORWARD, CompatMode.FULL)) {
            List<CompatFinding> errors = SchemaComparator.compare(oldSchema, newSchema, mode, CompatPolicy.LENIENT, NETWORKNT)
                    .stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(mode.name()).hasSize(2).allSatisfy(f -> {
                JsonNode witness = (JsonNode) f.details().get("forwardWitness");
                assertThat(NETWORKNT.errors(newSchema, witness)).isEmpty();
                assertThat(NETWORKNT.errors(oldSchema, witness)).isNotEmpty();
            });
        }
        List<CompatFinding> backward = SchemaComparator.compare(oldSchema, newSchema, CompatMode.BACKWARD,
                CompatPolicy.LENIENT, NETWORKNT);
        assertThat(backward).allSatisfy(f -> assertThat(f.details()).doesNotContainKey("forwardWitness"));
    }

    @Test
    void aRefutedForwardWitnessIsNeverAnError() {
        WitnessChecker refuting = (o, n, w) -> Optional.of("valid under the old schema");
        List<CompatFinding> findings = SchemaComparator.compare(NEW, OLD, CompatMode.FORWARD, CompatPolicy.LENIENT, refuting);
        assertThat(findings).filteredOn(f -> f.details().containsKey("refutation")).hasSize(2)
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.details()).containsEntry("proof", "refuted").doesNotContainKey("forwardWitness");
                });
    }
}
