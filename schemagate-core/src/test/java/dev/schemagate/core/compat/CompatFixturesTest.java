package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every fixture under src/test/resources/compat/&lt;case&gt;/: {@code old.json}, {@code new.json}
 * and {@code expected.json}, which lists, per mode, every finding as "SEVERITY rule.id" (sorted),
 * optionally {@code "policy": "strict"} and {@code "witnessed"}: rule ids that must carry a
 * witness proven by networknt in BACKWARD mode.
 */
class CompatFixturesTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final NetworkntWitnessChecker CHECKER = new NetworkntWitnessChecker();
    /** The rules of the structural walk, each of which some fixture must show. */
    private static final java.util.Set<dev.schemagate.core.rules.Rule> ENGINE_RULES = java.util.EnumSet.range(
            dev.schemagate.core.rules.Rule.JSONSCHEMA_TYPE_NARROWED, dev.schemagate.core.rules.Rule.JSONSCHEMA_UNDECIDABLE);

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> Files.exists(d.resolve("expected.json"))).map(d -> d.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixture(String name) throws Exception {
        Path dir = root().resolve(name);
        JsonNode oldSchema = JSON.readTree(dir.resolve("old.json").toFile());
        JsonNode newSchema = JSON.readTree(dir.resolve("new.json").toFile());
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
        CompatPolicy policy = CompatPolicy.valueOf(expected.path("policy").asString("lenient").toUpperCase(Locale.ROOT));
        boolean format = expected.path("formatAssertion").asBoolean(false);
        NetworkntWitnessChecker checker = format ? NetworkntWitnessChecker.assertingFormat() : CHECKER;
        for (CompatMode mode : CompatMode.values()) {
            List<CompatFinding> findings = SchemaComparator.compare(oldSchema, newSchema,
                    new CompareOptions(mode, policy, Severity.WARNING, format, true), checker);
            assertThat(summary(findings)).as("%s %s: %s", name, mode, findings)
                    .containsExactlyElementsOf(sorted(expected.get(mode.base().name())));
            if (mode == CompatMode.NONE) {
                assertThat(findings).extracting(CompatFinding::severity).doesNotContain(Severity.ERROR);
            }
        }
        List<CompatFinding> backward = SchemaComparator.compare(oldSchema, newSchema,
                new CompareOptions(CompatMode.BACKWARD, policy, Severity.WARNING, format, true), checker);
        for (JsonNode ruleId : expected.path("witnessed").values()) {
            assertThat(backward).as("%s: a proven witness for %s", name, ruleId.asString())
                    .anySatisfy(f -> {
                        assertThat(f.ruleId()).isEqualTo(ruleId.asString());
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.details()).containsEntry("witnessChecked", true).containsKey("witness");
                        JsonNode witness = (JsonNode) f.details().get("witness");
                        assertThat(checker.errors(oldSchema, witness)).isEmpty();
                        assertThat(checker.errors(newSchema, witness)).isNotEmpty();
                    });
        }
    }

    /** The fixtures themselves must be valid schemas under their metaschema ($schema, default 2020-12). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureSchemasAreValid(String name) throws Exception {
        for (String file : List.of("old.json", "new.json")) {
            JsonNode schema = JSON.readTree(root().resolve(name).resolve(file).toFile());
            String meta = schema.path("$schema").asString("https://json-schema.org/draft/2020-12/schema");
            assertThat(CHECKER.metaschemaErrors(meta, schema)).as("%s/%s", name, file).isEmpty();
        }
    }

    @Test
    void thereAreEnoughFixtures() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyRuleIdIsCoveredByAFixture() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String name : cases().toList()) {
            JsonNode expected = JSON.readTree(root().resolve(name).resolve("expected.json").toFile());
            expected.path("NONE").values().forEach(v -> seen.add(v.asString().substring(v.asString().indexOf(' ') + 1)));
        }
        assertThat(seen).containsAll(java.util.Arrays.stream(dev.schemagate.core.rules.Rule.values())
                .filter(r -> r.id().startsWith("jsonschema.") && ENGINE_RULES.contains(r)).map(r -> r.id()).toList());
    }

    private static List<String> summary(List<CompatFinding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.ruleId()).sorted().toList();
    }

    private static List<String> sorted(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            list.values().forEach(v -> out.add(v.asString()));
        }
        return out.stream().sorted().toList();
    }

    private static Path root() throws URISyntaxException {
        return Path.of(CompatFixturesTest.class.getResource("/compat").toURI());
    }
}
