package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's message never names or implies a level other than the one the finding is at. */
class MessageSeverityTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final NetworkntWitnessChecker NETWORKNT = new NetworkntWitnessChecker();

    private static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    private static final JsonNode OPEN = json("{'type':'object','properties':{'a':{'type':'string'}}}");
    private static final JsonNode OPEN_PLUS = json("{'type':'object','properties':{'a':{'type':'string'},"
            + "'b':{'type':'integer'}}}");

    private static CompatFinding openModel(CompatMode mode, CompatPolicy policy, WitnessChecker checker) {
        return SchemaComparator.compare(OPEN, OPEN_PLUS, CompareOptions.of(mode, policy), checker).stream()
                .filter(f -> f.rule() == Rule.JSONSCHEMA_PROPERTY_ADDED_TO_OPEN_MODEL).findFirst().orElseThrow();
    }

    @Test
    void anOpenModelPropertyCheckedForwardIsInfoAndSaysWhy() {
        CompatFinding f = openModel(CompatMode.FORWARD, CompatPolicy.LENIENT, NETWORKNT);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).endsWith("; fine under FORWARD, so INFO.").doesNotContain("WARNING");
    }

    @Test
    void anOpenModelPropertyFollowsPolicyAndProof() {
        CompatFinding lenient = openModel(CompatMode.BACKWARD, CompatPolicy.LENIENT, NETWORKNT);
        assertThat(lenient.severity()).isEqualTo(Severity.WARNING);
        assertThat(lenient.message()).contains("a WARNING, not an ERROR, under the lenient policy");

        CompatFinding strict = openModel(CompatMode.BACKWARD, CompatPolicy.STRICT, NETWORKNT);
        assertThat(strict.severity()).isEqualTo(Severity.ERROR);
        assertThat(strict.message()).contains("strict policy: close the old model first").doesNotContain("WARNING");

        CompatFinding unproven = openModel(CompatMode.BACKWARD, CompatPolicy.LENIENT, WitnessChecker.UNCHECKED);
        assertThat(unproven.severity()).isEqualTo(Severity.WARNING);
        assertThat(unproven.message()).doesNotContain("lenient policy")
                .contains("set schema.compat.unproven=ERROR to fail on unproven breaks");
    }

    @Test
    void noMessageNamesAnotherLevelInAnyModeOrPolicy() {
        List<JsonNode[]> pairs = List.of(
                new JsonNode[] {OPEN, OPEN_PLUS},
                new JsonNode[] {json("{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}"),
                    json("{'type':'object','properties':{'a':{'type':'string'},'b':{'type':'string'}},'additionalProperties':false}")},
                new JsonNode[] {json("{'enum':['a','b']}"), json("{'enum':['a','b','c']}")},
                new JsonNode[] {json("{'enum':['a','b']}"), json("{'enum':['a']}")},
                new JsonNode[] {json("{'type':'string','format':'email'}"), json("{'type':'string','format':'uri'}")},
                new JsonNode[] {json("{'type':'object','required':['a']}"), json("{'type':'object','required':['a','b']}")});
        List<String> checked = new ArrayList<>();
        for (CompatMode mode : CompatMode.values()) {
            for (CompatPolicy policy : CompatPolicy.values()) {
                for (WitnessChecker checker : List.of(NETWORKNT, WitnessChecker.UNCHECKED)) {
                    for (JsonNode[] pair : pairs) {
                        for (CompatFinding f : SchemaComparator.compare(pair[0], pair[1], CompareOptions.of(mode, policy),
                                checker)) {
                            String text = f.message().replace("schema.compat.unproven=ERROR", "")
                                    .replace("not an ERROR", "");
                            for (Severity other : List.of(Severity.INFO, Severity.WARNING, Severity.ERROR)) {
                                if (other != f.severity()) {
                                    assertThat(text).as(mode + "/" + policy + " " + f.ruleId() + " at " + f.severity())
                                            .doesNotContain(other.name());
                                }
                            }
                            if (f.severity() == Severity.INFO) {
                                assertThat(f.message()).as("an INFO finding is told no fix").doesNotContain("undo the change")
                                        .doesNotContain("release it as a breaking version");
                            }
                            checked.add(f.ruleId());
                        }
                    }
                }
            }
        }
        assertThat(checked).hasSizeGreaterThan(50);
    }
}
