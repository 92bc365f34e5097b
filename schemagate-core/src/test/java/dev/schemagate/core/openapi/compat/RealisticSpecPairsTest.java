package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenAPI 3.0 and 3.1 pairs written in the style of real APIs, under src/test/resources/realistic-specs/(case)/
 * (written by src/test/fixtures-src/realistic_spec_pairs.py): {@code old.json}, {@code new.json} and
 * {@code verdict.json}, whose "verdict" was decided by reasoning ("breaks" needs an ERROR, "compatible" allows
 * none, "either" leaves it to the proof). Nothing throws; every ERROR about a request, response or parameter
 * schema carries a witness networknt proved; no message names a level other than its finding's.
 */
class RealisticSpecPairsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> SCHEMA_RULES = Set.of(Rule.OPENAPI_REQUEST_INCOMPATIBLE.id(),
            Rule.OPENAPI_RESPONSE_INCOMPATIBLE.id(), Rule.OPENAPI_PARAMETER_CHANGED.id());

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> Files.exists(d.resolve("verdict.json"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictHoldsAndEveryErrorIsProven(String name, @TempDir Path work) throws Exception {
        Path dir = root().resolve(name);
        String verdict = JSON.readTree(dir.resolve("verdict.json").toFile()).path("verdict").asString();
        List<Finding> findings = ApiCompatFixturesTest.run(dir, work);
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (verdict.equals("breaks")) {
            assertThat(errors).as("%s breaks: %s", name, messages(findings)).isNotEmpty();
        } else if (verdict.equals("compatible")) {
            assertThat(errors).as("%s is compatible: %s", name, messages(findings)).isEmpty();
        }
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR && SCHEMA_RULES.contains(f.ruleId())) {
                assertThat(f.details()).as("%s: %s", name, f.message()).containsEntry("proof", "proven");
                boolean backward = Boolean.TRUE.equals(f.details().get("witnessChecked"))
                        && f.details().get("witness") instanceof JsonNode;
                boolean forward = Boolean.TRUE.equals(f.details().get("forwardWitnessChecked"))
                        && f.details().get("forwardWitness") instanceof JsonNode;
                assertThat(backward || forward).as("%s: a checked witness on %s", name, f.message()).isTrue();
            }
            String text = f.message().replace("schema.compat.unproven=ERROR", "").replace("not an ERROR", "");
            for (Severity other : List.of(Severity.INFO, Severity.WARNING, Severity.ERROR)) {
                if (other != f.severity()) {
                    assertThat(text).as("%s: %s at %s", name, f.ruleId(), f.severity()).doesNotContain(other.name());
                }
            }
            assertThat(f.message()).as(name).isNotBlank().doesNotContain("Exception");
        }
    }

    private static List<String> messages(List<Finding> findings) {
        return findings.stream().filter(f -> !f.ruleId().equals(Rule.OPENAPI_SPEC_CHECKED.id()))
                .map(f -> f.severity() + " " + f.ruleId() + ": " + f.message()).toList();
    }

    private static Path root() throws URISyntaxException {
        return Path.of(RealisticSpecPairsTest.class.getResource("/realistic-specs").toURI());
    }
}
