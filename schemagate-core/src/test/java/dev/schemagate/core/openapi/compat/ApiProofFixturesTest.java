package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof rule on the OpenAPI pairs under src/test/resources/openapi-compat/proof-(case)/ (written by
 * src/test/fixtures-src/api_proof_fixtures.py): the rule ids at ERROR and at WARNING are exactly the
 * recorded ones, each rule of "proven" has an ERROR with details.proof = proven, and every ERROR about a request, response or parameter schema carries a witness networknt
 * proved (the engine's details.proof = proven, with the witness checked).
 */
class ApiProofFixturesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SCHEMA_RULES = Set.of(Rule.OPENAPI_REQUEST_INCOMPATIBLE.id(),
            Rule.OPENAPI_RESPONSE_INCOMPATIBLE.id(), Rule.OPENAPI_PARAMETER_CHANGED.id());

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(ApiCompatFixturesTest.root())) {
            return dirs.filter(d -> Files.exists(d.resolve("verdict.json"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @Test
    void thereAreEnoughProofFixtures() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdict(String name, @TempDir Path work) throws Exception {
        Path dir = ApiCompatFixturesTest.root().resolve(name);
        JsonNode verdict = JSON.readTree(dir.resolve("verdict.json").toFile());
        List<Finding> findings = ApiCompatFixturesTest.run(dir, work);
        assertThat(ids(findings, Severity.ERROR)).as("%s errors: %s", name, findings).isEqualTo(ids(verdict.path("errors")));
        assertThat(ids(findings, Severity.WARNING)).as("%s warnings: %s", name, findings)
                .isEqualTo(ids(verdict.path("warnings")));
        for (String id : ids(verdict.path("proven"))) {
            assertThat(findings).as("%s: a proven %s", name, id).anySatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo(id);
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.details()).containsEntry("proof", "proven");
            });
        }
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR && SCHEMA_RULES.contains(f.ruleId())) {
                assertThat(f.details()).as("%s: %s", name, f).containsEntry("proof", "proven");
                assertThat(Boolean.TRUE.equals(f.details().get("witnessChecked"))
                        || Boolean.TRUE.equals(f.details().get("forwardWitnessChecked"))).as("%s: %s", name, f).isTrue();
            }
            if (SCHEMA_RULES.contains(f.ruleId()) || f.ruleId().equals(Rule.OPENAPI_RESPONSE_ENUM_VALUE_ADDED.id())) {
                assertThat(f.details()).as("%s: details.proof", name).containsKey("proof");
            }
            if ("refuted".equals(f.details().get("proof"))) {
                assertThat(f.severity()).as("%s: %s", name, f).isNotEqualTo(Severity.ERROR);
            }
        }
    }

    private static Set<String> ids(List<Finding> findings, Severity severity) {
        Set<String> out = new TreeSet<>();
        findings.stream().filter(f -> f.severity() == severity).forEach(f -> out.add(f.ruleId()));
        return out;
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> out = new TreeSet<>();
        list.values().forEach(v -> out.add(v.asString()));
        return out;
    }
}
