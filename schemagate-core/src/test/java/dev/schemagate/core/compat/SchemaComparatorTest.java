package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The entry point: input it must survive, determinism, and speed on a large schema. */
class SchemaComparatorTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    /** Malformed keyword values (the metaschema check reports them elsewhere) never make the engine throw. */
    @ParameterizedTest
    @ValueSource(strings = {"{'type':5}", "{'type':[1,{}]}", "{'enum':'x'}", "{'required':'a'}", "{'properties':[]}",
        "{'properties':{'a':5}}", "{'items':7}", "{'prefixItems':{}}", "{'allOf':{}}", "{'anyOf':'x'}", "{'not':3}",
        "{'$ref':5}", "{'$ref':'#/nowhere'}", "{'$ref':'#anchor'}", "{'minLength':'x'}", "{'maximum':'10'}",
        "{'multipleOf':0}", "{'multipleOf':-2}", "{'patternProperties':{'[':{'type':'string'}}}",
        "{'dependentRequired':{'a':'b'}}", "{'dependentSchemas':[]}", "{'minItems':1e400}", "{'maxLength':1.5}",
        "{'format':5}", "{'pattern':{}}", "[]", "5", "'text'", "null", "false"})
    void oddSchemasAreComparedWithoutThrowing(String schema) {
        JsonNode odd = json(schema);
        JsonNode typical = json("{'type':'object','required':['a'],'properties':{'a':{'type':'string','maxLength':3}},"
                + "'items':{'type':'integer'},'enum':[1,2],'allOf':[{'minProperties':1}]}");
        for (CompatMode mode : CompatMode.values()) {
            assertThat(SchemaComparator.compare(odd, typical, mode, CompatPolicy.STRICT)).isNotNull();
            assertThat(SchemaComparator.compare(typical, odd, mode, CompatPolicy.STRICT)).isNotNull();
            assertThat(SchemaComparator.compare(odd, odd, mode, CompatPolicy.STRICT)).isNotNull();
        }
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        JsonNode s = json("{}");
        assertThatNullPointerException().isThrownBy(() -> SchemaComparator.compare(null, s, CompatMode.FULL, CompatPolicy.LENIENT))
                .withMessage("oldSchema");
        assertThatNullPointerException().isThrownBy(() -> SchemaComparator.compare(s, s, null, CompatPolicy.LENIENT))
                .withMessage("mode");
    }

    @Test
    void resultsAreSortedAndTheSameOnEveryRun() {
        JsonNode oldSchema = json("{'type':'object','properties':{'z':{'enum':['a','b']},'a':{'type':'string'}},'required':['a']}");
        JsonNode newSchema = json("{'type':'object','properties':{'z':{'enum':['b','c']},'a':{'type':'integer'}},"
                + "'required':['a','z'],'maxProperties':5}");
        List<CompatFinding> first = SchemaComparator.compare(oldSchema, newSchema, CompatMode.FULL, CompatPolicy.LENIENT);
        assertThat(first).isSortedAccordingTo(CompatFinding.ORDER).hasSize(5)
                .isEqualTo(SchemaComparator.compare(oldSchema, newSchema, CompatMode.FULL, CompatPolicy.LENIENT));
        // no checker, so nothing is proven: every break is unproven (WARNING)
        assertThat(first).extracting(CompatFinding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void aSchemaWithThousandsOfPropertiesIsComparedQuickly() {
        StringBuilder oldProps = new StringBuilder();
        StringBuilder newProps = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String sep = i == 0 ? "" : ",";
            oldProps.append(sep).append("'p").append(i).append("':{'type':'string','maxLength':20}");
            newProps.append(sep).append("'p").append(i).append("':{'type':'string','maxLength':").append(i % 100 == 0 ? 10 : 20)
                    .append('}');
        }
        JsonNode oldSchema = json("{'type':'object','properties':{" + oldProps + "}}");
        JsonNode newSchema = json("{'type':'object','properties':{" + newProps + "}}");
        List<CompatFinding> findings = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> SchemaComparator.compare(oldSchema, newSchema, CompatMode.BACKWARD, CompatPolicy.LENIENT));
        assertThat(findings).hasSize(30).extracting(CompatFinding::ruleId).containsOnly(Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED.id());
    }
}
