package dev.schemagate.core.compat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each normalization of {@link Canonical} on its own: the two spellings get one normal form, and no probe
 * document is accepted by one and rejected by the other (networknt decides). Each case has a near miss
 * that must not be called equivalent and that the same probing separates, which shows the probing can fail.
 */
class CanonicalTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final NetworkntWitnessChecker CHECKER = new NetworkntWitnessChecker();

    static Stream<Arguments> rewrites() {
        return Stream.of(
                Arguments.of("type array as anyOf of single types",
                        "{\"type\": [\"string\", \"null\"], \"maxLength\": 5}",
                        "{\"anyOf\": [{\"type\": \"string\", \"maxLength\": 5}, {\"type\": \"null\"}]}",
                        "{\"anyOf\": [{\"type\": \"string\", \"maxLength\": 4}, {\"type\": \"null\"}]}"),
                Arguments.of("required moved into an allOf member",
                        "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"integer\"}}, \"required\": [\"a\"]}",
                        "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"integer\"}}, \"allOf\": [{\"required\": [\"a\"]}]}",
                        "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"integer\"}}, \"anyOf\": [{\"required\": [\"a\"]}, {\"required\": [\"b\"]}]}"),
                Arguments.of("exclusive integer bounds as inclusive ones",
                        "{\"type\": \"integer\", \"exclusiveMinimum\": 0, \"exclusiveMaximum\": 10}",
                        "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 9}",
                        "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 10}"),
                Arguments.of("integer enum as a range",
                        "{\"type\": \"integer\", \"enum\": [1, 2, 3]}",
                        "{\"type\": \"integer\", \"minimum\": 1, \"maximum\": 3}",
                        "{\"type\": \"integer\", \"minimum\": 0, \"maximum\": 3}"),
                Arguments.of("integer as number with multipleOf 1",
                        "{\"type\": \"integer\", \"minimum\": 0}",
                        "{\"type\": \"number\", \"multipleOf\": 1, \"minimum\": 0}",
                        "{\"type\": \"number\", \"multipleOf\": 0.5, \"minimum\": 0}"),
                Arguments.of("oneOf of branches with different types as anyOf",
                        "{\"oneOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}",
                        "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"integer\"}]}",
                        "{\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"number\"}]}"),
                Arguments.of("oneOf of branches told apart by a const as anyOf",
                        "{\"oneOf\": [{\"type\": \"object\", \"properties\": {\"kind\": {\"const\": \"a\"}}, \"required\": [\"kind\"]},"
                                + " {\"type\": \"object\", \"properties\": {\"kind\": {\"const\": \"b\"}}, \"required\": [\"kind\"]}]}",
                        "{\"anyOf\": [{\"type\": \"object\", \"properties\": {\"kind\": {\"const\": \"a\"}}, \"required\": [\"kind\"]},"
                                + " {\"type\": \"object\", \"properties\": {\"kind\": {\"const\": \"b\"}}, \"required\": [\"kind\"]}]}",
                        "{\"anyOf\": [{\"type\": \"object\", \"properties\": {\"kind\": {\"const\": \"a\"}}},"
                                + " {\"type\": \"object\", \"properties\": {\"kind\": {\"const\": \"b\"}}, \"required\": [\"kind\"]}]}"),
                Arguments.of("closed object as allOf with unevaluatedProperties false",
                        "{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"string\"}, \"n\": {\"type\": \"integer\"}},"
                                + " \"additionalProperties\": false}",
                        "{\"type\": \"object\", \"allOf\": [{\"properties\": {\"id\": {\"type\": \"string\"}}},"
                                + " {\"properties\": {\"n\": {\"type\": \"integer\"}}}], \"unevaluatedProperties\": false}",
                        "{\"type\": \"object\", \"allOf\": [{\"properties\": {\"id\": {\"type\": \"string\"}}}],"
                                + " \"unevaluatedProperties\": false}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewrites")
    void bothSpellingsHaveOneFormAndAcceptTheSameDocuments(String name, String original, String rewrite, String nearMiss) {
        JsonNode a = schema(original);
        JsonNode b = schema(rewrite);
        JsonNode miss = schema(nearMiss);

        assertThat(Canonical.equivalent(a, b, false)).as("%s: one normal form", name).isTrue();
        assertThat(separating(a, b)).as("%s: a document accepted by one spelling only", name).isEmpty();

        assertThat(Canonical.equivalent(a, miss, false)).as("%s: the near miss is another schema", name).isFalse();
        assertThat(separating(a, miss)).as("%s: probing separates the near miss", name).isNotEmpty();
    }

    private static JsonNode schema(String body) {
        return JSON.readTree("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", " + body.substring(1));
    }

    /** Documents generated from both schemas, their mutations and boundary values; those the two judge apart. */
    private static List<JsonNode> separating(JsonNode a, JsonNode b) {
        List<JsonNode> apart = new ArrayList<>();
        for (JsonNode document : probes(a, b)) {
            if (CHECKER.errors(a, document).isEmpty() != CHECKER.errors(b, document).isEmpty()) {
                apart.add(document);
            }
        }
        return apart;
    }

    private static Set<JsonNode> probes(JsonNode a, JsonNode b) {
        Set<JsonNode> probes = new LinkedHashSet<>();
        for (String literal : List.of("null", "0", "1", "3", "4", "9", "10", "-1", "0.5", "2.5", "\"\"", "\"abcd\"",
                "\"abcde\"", "\"abcdef\"", "{}", "{\"a\": 1}", "{\"b\": 1}", "{\"kind\": \"a\"}", "{\"kind\": \"c\"}",
                "{\"x\": 1}", "{\"id\": \"x\", \"n\": 1}", "{\"n\": 1}", "[]", "true")) {
            probes.add(JSON.readTree(literal));
        }
        for (int seed = 1; seed <= 200; seed++) {
            for (JsonNode schema : List.of(a, b)) {
                JsonNode document = new DocumentGenerator(schema, seed).generate(schema);
                if (document != null) {
                    probes.add(document);
                    probes.addAll(DocumentGenerator.mutations(document, 8));
                }
            }
        }
        return probes;
    }
}
