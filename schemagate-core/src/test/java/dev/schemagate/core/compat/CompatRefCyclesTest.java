package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** $ref following: recursive schemas terminate, cycles of refs only are undecidable, nothing is reported twice. */
class CompatRefCyclesTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static List<CompatFinding> backward(String oldSchema, String newSchema) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), () -> SchemaComparator.compare(json(oldSchema),
                json(newSchema), CompatMode.BACKWARD, CompatPolicy.LENIENT));
    }

    @Test
    void aCycleOfRefsOnlyTerminatesAndIsUndecidableWhenChanged() {
        String cycle = "{'$ref':'#/$defs/a','$defs':{'a':{'$ref':'#/$defs/b'},'b':{'$ref':'#/$defs/a'}}}";
        String other = "{'$ref':'#/$defs/b','$defs':{'a':{'$ref':'#/$defs/b'},'b':{'$ref':'#/$defs/a'}}}";
        assertThat(backward(cycle, cycle)).isEmpty();
        assertThat(backward(cycle, other)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_UNDECIDABLE.id());
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aSelfReferencingRefIsUndecidableNotALoop() {
        String self = "{'$defs':{'a':{'$ref':'#/$defs/a'}},'properties':{'x':{'$ref':'#/$defs/a'}}}";
        String fine = "{'$defs':{'a':{'type':'string'}},'properties':{'x':{'$ref':'#/$defs/a'}}}";
        assertThat(backward(self, fine)).extracting(CompatFinding::ruleId).containsExactly(Rule.JSONSCHEMA_UNDECIDABLE.id());
    }

    @Test
    void anUnresolvableLocalRefIsAWarningNeverSilence() {
        assertThat(backward("{'properties':{'x':{'$ref':'#/$defs/missing'}}}", "{'properties':{'x':{'type':'string'}}}"))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_UNDECIDABLE.id());
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.oldPointer()).isEqualTo("/properties/x");
                });
    }

    @Test
    void aDefinitionReachedTwiceIsReportedOnceAtItsOwnPointer() {
        String oldSchema = "{'type':'object','properties':{'home':{'$ref':'#/$defs/addr'},'work':{'$ref':'#/$defs/addr'}},"
                + "'$defs':{'addr':{'type':'object','properties':{'zip':{'type':'string'}}}}}";
        String newSchema = oldSchema.replace("'zip':{'type':'string'}", "'zip':{'type':'string','maxLength':5}");
        assertThat(backward(oldSchema, newSchema)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED.id());
            assertThat(f.oldPointer()).isEqualTo("/$defs/addr/properties/zip/maxLength");
            assertThat(f.newPointer()).isEqualTo("/$defs/addr/properties/zip/maxLength");
        });
    }

    @Test
    void aDeepChainOfMutuallyRecursiveDefinitionsTerminates() {
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            defs.append(i == 0 ? "" : ",").append("'d").append(i).append("':{'type':'object','properties':{'next':{'$ref':'#/$defs/d")
                .append((i + 1) % 200).append("'},'back':{'$ref':'#/$defs/d").append((i + 199) % 200).append("'}}}");
        }
        String schema = "{'$ref':'#/$defs/d0','$defs':{" + defs + "}}";
        assertThat(backward(schema, schema)).isEmpty();
        String changed = schema.replace("'d77':{'type':'object'", "'d77':{'type':'object','required':['next']");
        assertThat(backward(schema, changed)).extracting(CompatFinding::ruleId).containsExactly(Rule.JSONSCHEMA_REQUIRED_ADDED.id());
    }

    @Test
    void aRefBesideOtherKeywordsAppliesBoth() {
        String oldSchema = "{'properties':{'x':{'$ref':'#/$defs/s','maxLength':10}},'$defs':{'s':{'type':'string'}}}";
        String newSchema = "{'properties':{'x':{'$ref':'#/$defs/s','maxLength':5}},'$defs':{'s':{'type':'string'}}}";
        assertThat(backward(oldSchema, newSchema)).extracting(CompatFinding::ruleId)
                .containsExactly(Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED.id());
    }
}
